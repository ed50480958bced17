"""The journey graph: implicit flow through hubs, connectors, and the walks over it."""

from __future__ import annotations

import networkx as nx

from journeymapper.analysis.graph import (
    build_graph,
    dead_ends,
    entry_points,
    exit_points,
    hub_id,
    is_hub,
    loops,
    next_cards,
    unreachable,
)
from journeymapper.model import ConnectorStyle, LaneKind


def _three_stages(b):
    """a1 a2 | b1 b2 (b2 an action) | c1, plus a pain point in stage b."""
    s1, s2, s3 = (b.stage(name, id=f"s{i}") for i, name in
                  enumerate(("Awareness", "Consideration", "Purchase"), 1))
    tp = b.lane(LaneKind.TOUCHPOINTS, id="tp")
    act = b.lane(LaneKind.ACTIONS, id="act")
    pain = b.lane(LaneKind.PAIN_POINTS, id="pain")
    b.card(tp, s1, "Blog post", id="a1")
    b.card(tp, s1, "Search ad", id="a2")
    b.card(tp, s2, "Review", id="b1")
    b.card(act, s2, "Compare prices", id="b2")
    b.card(tp, s3, "Checkout", id="c1")
    b.card(pain, s2, "Too many models", id="p1")
    return b


def _card_edges(graph):
    """Every card-to-card step, with hubs looked through."""
    return {(a, c) for a in graph.nodes if not is_hub(graph, a) for c in next_cards(graph, a)}


def test_implicit_flow_links_consecutive_stages_through_hubs(builder):
    graph = build_graph(_three_stages(builder).doc)
    assert _card_edges(graph) == {("a1", "b1"), ("a1", "b2"), ("a2", "b1"), ("a2", "b2"),
                                  ("b1", "c1"), ("b2", "c1")}
    # Not all-to-all edges: one hub per stage carries the flow.
    assert not graph.has_edge("a1", "b1")
    assert graph.has_edge("a1", hub_id("s1")) and graph.has_edge(hub_id("s1"), "b2")
    assert graph.edges["a1", hub_id("s1")]["explicit"] is False
    node = graph.nodes["b2"]
    assert (node["stage_id"], node["stage_index"], node["lane_id"], node["lane_kind"], node["text"]) == (
        "s2", 1, "act", LaneKind.ACTIONS, "Compare prices")
    # Annotation cards are nodes but take no part in the flow.
    assert "p1" in graph and next_cards(graph, "p1") == []


def test_flow_connector_replaces_implicit_flow(builder):
    b = _three_stages(builder)
    b.connect("a2", "c1", label="knows the model already")
    graph = build_graph(b.doc)
    assert next_cards(graph, "a2") == ["c1"]
    assert sorted(next_cards(graph, "a1")) == ["b1", "b2"]
    edge = graph.edges["a2", "c1"]
    assert edge["explicit"] is True and edge["style"] is ConnectorStyle.FLOW
    assert edge["label"] == "knows the model already"


def test_back_and_annotation_connectors_keep_the_forward_flow(builder):
    b = _three_stages(builder)
    b.connect("b1", "a1", ConnectorStyle.BACK)
    b.connect("b2", "p1")
    graph = build_graph(b.doc)
    assert sorted(next_cards(graph, "b1")) == ["a1", "c1"]
    assert sorted(next_cards(graph, "b2")) == ["c1", "p1"]
    assert graph.edges["b1", "a1"]["style"] is ConnectorStyle.BACK


def test_entry_and_exit_points(builder):
    graph = build_graph(_three_stages(builder).doc)
    assert entry_points(graph) == ["a1", "a2"]
    assert exit_points(graph) == ["c1"]
    assert dead_ends(graph) == [] and unreachable(graph) == [] and loops(graph) == []


def test_gap_makes_dead_ends_and_new_entries(builder):
    s1, _, s3 = (builder.stage(name) for name in ("Awareness", "Consideration", "Purchase"))
    tp = builder.lane(LaneKind.TOUCHPOINTS)
    builder.card(tp, s1, "Blog post", id="a")
    builder.card(tp, s3, "Checkout", id="c")
    graph = build_graph(builder.doc)
    assert dead_ends(graph) == ["a"]
    assert entry_points(graph) == ["a", "c"]
    assert exit_points(graph) == ["a", "c"]  # "c" ends the journey, so it is no dead end


def test_back_connector_makes_a_loop(builder):
    b = _three_stages(builder)
    b.connect("c1", "b1", ConnectorStyle.BACK)
    graph = build_graph(b.doc)
    found = loops(graph)
    assert ["b1", "c1"] in found
    assert all(cycle[0] in ("a1", "a2", "b1", "b2") for cycle in found)
    assert exit_points(graph) == []  # c1 now goes back, so no card ends the journey


def test_closed_loop_is_unreachable(builder):
    b = _three_stages(builder)
    s4 = b.stage("Retention", id="s4")
    b.card("tp", s4, "Newsletter", id="d1")
    b.card("tp", s4, "Loyalty club", id="d2")
    graph = build_graph(b.doc)
    assert unreachable(graph) == []
    # Checkout now sends customers back to the blog, and d1 <-> d2 only lead to each other.
    b.connect("c1", "a1")
    b.connect("d1", "d2")
    b.connect("d2", "d1")
    graph = build_graph(b.doc)
    assert unreachable(graph) == ["d1", "d2"]
    assert entry_points(graph) == ["a2"]
    assert ["d1", "d2"] in loops(graph)


def test_broken_references_are_skipped(builder):
    b = _three_stages(builder)
    b.connect("a1", "ghost")
    b.doc.cards[0] = b.doc.cards[0].model_copy(update={"stage_id": "nowhere"})
    graph = build_graph(b.doc)
    assert "a1" not in graph and "ghost" not in graph


def test_big_map_is_fast_and_linear(big_map):
    graph = build_graph(big_map)
    entry_points(graph), exit_points(graph), dead_ends(graph), unreachable(graph)
    loops(graph)
    assert graph.number_of_edges() < 3 * len(big_map.cards)  # all-to-all would be ~1.5 million
    assert isinstance(graph, nx.DiGraph)
