"""Caps that make hostile input cheap to refuse."""

#: No real map comes near this; images are the bulk of a big one.
MAX_FILE_BYTES = 200 * 1024 * 1024
#: A valid map nests about five levels; anything deeper than this is refused.
MAX_DEPTH = 32
#: Digits in one JSON integer literal.
MAX_INT_DIGITS = 18
