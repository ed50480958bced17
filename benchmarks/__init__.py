"""Benchmarks of Journey Mapper on big maps, each a ratio against the raw cost of the same work.

Run ``python -m benchmarks`` (see BENCHMARKS.md); ``benchmarks.generate`` makes the maps.
"""
