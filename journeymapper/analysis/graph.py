"""The journey as a directed graph: where a customer can go from each card.

Nodes are cards; edges are the user's connectors (``explicit=True``) plus the
implicit forward flow between the touchpoint/action cards of consecutive stages
(``explicit=False``).

Why hubs: the implicit flow links every flow card of stage *i* to every flow card
of stage *i+1*. Done literally that is quadratic (1,000 cards in each of two
stages = a million edges). Instead each stage gets one virtual *hub* node: the
stage's cards point at the hub and the hub points at every card of the next
stage, so the edge count stays linear in the number of cards and every path
through a hub stands for exactly one card-to-card step. Hub ids contain ``<``
and spaces, which card ids never do. Everything returned to callers (entry
points, dead ends, loops, ...) lists card ids only; use :func:`is_hub` or
:func:`next_cards` when walking the graph directly.

Only flow-style connectors between two flow cards replace the implicit flow:
``back`` and ``optional`` connectors are extra branches (some customers go
back), and a connector to, say, a pain point annotates rather than moves the
customer.

All walks are bounded (counts, lengths, a step budget) so a 5,000-card map with
loops stays fast.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx
# networkx is imported where a graph is made: it costs ~75 ms, and the editor's first
# window (which imports this module through the check dock) never needs it.

from journeymapper.model import ConnectorStyle, JourneyMap, LaneKind

#: Lane kinds whose cards are steps of the journey (the rest annotate it).
FLOW_KINDS = frozenset({LaneKind.TOUCHPOINTS, LaneKind.ACTIONS})


def hub_id(stage_id: str) -> str:
    """The virtual node standing for "leaves stage ``stage_id`` for the next stage"."""
    return f"<after {stage_id}>"


def is_hub(graph: nx.DiGraph, node: str) -> bool:
    return bool(graph.nodes[node].get("hub", False))


def build_graph(doc: JourneyMap) -> nx.DiGraph:
    """Cards as nodes, connectors and the implicit stage-to-stage flow as edges.

    Node attributes: ``stage_id``, ``stage_index``, ``lane_id``, ``lane_kind``,
    ``text``, ``flow`` (touchpoint/action card), ``hub`` (virtual node).
    Edge attributes: ``explicit``, ``style``, ``label`` and, for connectors,
    ``connector_id``. Cards with broken references are left out (the integrity
    check reports them). Nodes are added in map order: stage, lane, card order.
    """
    import networkx as nx

    graph = nx.DiGraph()
    stage_index = {stage.id: i for i, stage in enumerate(doc.stages)}
    lanes = {lane.id: (i, lane.kind) for i, lane in enumerate(doc.lanes)}
    placed = [c for c in doc.cards if c.stage_id in stage_index and c.lane_id in lanes]
    placed.sort(key=lambda c: (stage_index[c.stage_id], lanes[c.lane_id][0], c.order))

    # Nodes are added in bulk, then given their attributes: networkx's add_nodes_from with
    # (node, attributes) pairs costs over twice as much (a failed hash and a dict copy per node).
    flow_by_stage: list[list[str]] = [[] for _ in doc.stages]
    is_flow: dict[str, bool] = {}
    graph.add_nodes_from([card.id for card in placed])
    node_data = graph.nodes
    for card in placed:
        kind = lanes[card.lane_id][1]
        flow = kind in FLOW_KINDS
        index = stage_index[card.stage_id]
        node_data[card.id].update(hub=False, flow=flow, stage_id=card.stage_id, stage_index=index,
                                  lane_id=card.lane_id, lane_kind=kind, text=card.text)
        is_flow[card.id] = flow
        if flow:
            flow_by_stage[index].append(card.id)

    routed: set[str] = set()  # flow cards whose own connector says where they go
    edges: list[tuple[str, str, dict[str, object]]] = []
    for conn in doc.connectors:
        if conn.from_card not in is_flow or conn.to_card not in is_flow:
            continue
        edges.append((conn.from_card, conn.to_card, {"explicit": True, "style": conn.style, "label": conn.label,
                                                     "connector_id": conn.id}))
        if conn.style is ConnectorStyle.FLOW and is_flow[conn.from_card] and is_flow[conn.to_card]:
            routed.add(conn.from_card)
    graph.add_edges_from(edges)

    for i in range(len(doc.stages) - 1):
        sources = [c for c in flow_by_stage[i] if c not in routed]
        targets = flow_by_stage[i + 1]
        if not sources or not targets:
            continue
        hub = hub_id(doc.stages[i].id)
        graph.add_node(hub, hub=True, flow=True, stage_id=doc.stages[i].id, stage_index=i,
                       lane_id="", lane_kind=None, text="")
        implicit = [(card_id, hub) for card_id in sources] + [(hub, card_id) for card_id in targets]
        graph.add_edges_from(implicit, explicit=False, style=ConnectorStyle.FLOW, label="")
    return graph


# -- walking the flow (touchpoint/action cards and hubs) ----------------------------------

class FlowWalks:
    """The flow part of a journey graph (touchpoint/action cards and hubs), read once.

    The functions below each build one; a caller running several walks over the same
    graph (the journey check) builds one and asks it everything, so the graph is read
    once. It reflects the graph as it was when built.
    """

    def __init__(self, graph: nx.DiGraph) -> None:
        self.graph = graph
        flow: set[str] = set()
        self.hubs: set[str] = set()
        #: Touchpoint/action cards in node order.
        self.cards: list[str] = []
        for node, data in graph.nodes(data=True):
            if data.get("flow"):
                flow.add(node)
                if data.get("hub"):
                    self.hubs.add(node)
                else:
                    self.cards.append(node)
        #: Flow node -> its flow successors, in node and edge order.
        self.succ: dict[str, list[str]] = {n: [m for m in targets if m in flow]
                                           for n, targets in graph.adjacency() if n in flow}

    def entry_points(self) -> list[str]:
        has_pred = {m for targets in self.succ.values() for m in targets}
        return [n for n in self.cards if n not in has_pred]

    def exit_points(self) -> list[str]:
        return [n for n in self.cards if not self.succ[n]]

    def dead_ends(self) -> list[str]:
        nodes = self.graph.nodes
        kinds = [(nodes[n]["stage_index"], nodes[n]["lane_kind"]) for n in self.cards]
        touch = [i for i, kind in kinds if kind is LaneKind.TOUCHPOINTS] or [i for i, _ in kinds]
        if not touch:
            return []
        last = max(touch)
        return [n for n in self.exit_points() if nodes[n]["stage_index"] < last]

    def unreachable(self) -> list[str]:
        succ = self.succ
        seen = set(self.entry_points())
        queue = deque(seen)
        while queue:
            for nxt in succ[queue.popleft()]:
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return [n for n in self.cards if n not in seen]

    def loops(self, limit: int = 20, max_cards: int = 20) -> list[list[str]]:
        succ, hubs = self.succ, self.hubs
        component = _strong_components(succ)
        nodes = self.graph.nodes
        back_edges = [(u, v) for u in self.cards for v in succ[u]
                      if v not in hubs and nodes[v]["stage_index"] <= nodes[u]["stage_index"]
                      and (u == v or component[u] == component[v])]
        if not back_edges:
            return []
        position = {n: i for i, n in enumerate(self.graph.nodes)}
        found: dict[frozenset[str], list[str]] = {}
        # Several ways back can share one shortest loop: cap the searches, not just the loops.
        for u, v in back_edges[: 5 * limit]:
            if u == v:
                cycle = [u]
            else:
                cycle = [n for n in (u, *_shortest_path(succ, v, u, component)[:-1]) if n not in hubs]
            if len(cycle) <= max_cards and frozenset(cycle) not in found:
                start = min(range(len(cycle)), key=lambda i: position[cycle[i]])
                found[frozenset(cycle)] = cycle[start:] + cycle[:start]
                if len(found) >= limit:
                    break
        return sorted(found.values(), key=lambda c: [position[n] for n in c])


def _strong_components(succ: dict[str, list[str]]) -> dict[str, int]:
    """Node -> number of its strongly connected component (Tarjan's algorithm, iterative).

    Only equality of the numbers means anything. Every key of ``succ`` gets one; every
    successor must be a key.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    component: dict[str, int] = {}
    stack: list[str] = []
    counter = 0
    found = 0
    for root in succ:
        if root in index:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        work = [(root, iter(succ[root]))]
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    work.append((child, iter(succ[child])))
                    break
                if child not in component and index[child] < low[node]:
                    low[node] = index[child]
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    if low[node] < low[parent]:
                        low[parent] = low[node]
                if low[node] == index[node]:
                    while True:
                        member = stack.pop()
                        component[member] = found
                        if member == node:
                            break
                    found += 1
    return component


def next_cards(graph: nx.DiGraph, card_id: str) -> list[str]:
    """Cards one step on from ``card_id``, looking through hubs (any lane, explicit or not)."""
    found: list[str] = []
    for nxt in graph.succ[card_id]:
        found.extend(graph.succ[nxt] if is_hub(graph, nxt) else [nxt])
    return list(dict.fromkeys(found))


def entry_points(graph: nx.DiGraph) -> list[str]:
    """Touchpoint/action cards that no other touchpoint/action card leads to."""
    return FlowWalks(graph).entry_points()


def exit_points(graph: nx.DiGraph) -> list[str]:
    """Touchpoint/action cards that lead to no other touchpoint/action card."""
    return FlowWalks(graph).exit_points()


def dead_ends(graph: nx.DiGraph) -> list[str]:
    """Exit points before the last stage with touchpoints: the journey stops too early."""
    return FlowWalks(graph).dead_ends()


def unreachable(graph: nx.DiGraph) -> list[str]:
    """Touchpoint/action cards that no entry point leads to (they sit in a closed loop)."""
    return FlowWalks(graph).unreachable()


def loops(graph: nx.DiGraph, limit: int = 20, max_cards: int = 20) -> list[list[str]]:
    """Loops among touchpoint/action cards (customers going back), as card ids.

    Implicit flow only moves forward, so every loop uses a connector that goes
    back (or stays in its stage). For each such connector, in map order, this
    reports the shortest loop through it: one loop per way back, found with one
    breadth-first search each, instead of enumerating all cycles (exponential).
    Each loop starts at its earliest card in map order; at most ``limit`` loops
    of at most ``max_cards`` cards.
    """
    return FlowWalks(graph).loops(limit, max_cards)


def _shortest_path(succ: dict[str, list[str]], start: str, goal: str,
                   component: dict[str, int]) -> list[str]:
    """Breadth-first from ``start`` to ``goal`` inside their strongly connected part."""
    part = component[start]
    came_from: dict[str, str] = {start: start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            break
        for nxt in succ[node]:
            if nxt not in came_from and component.get(nxt) == part:
                came_from[nxt] = node
                queue.append(nxt)
    path = [goal]
    while path[-1] != start:
        path.append(came_from[path[-1]])
    return path[::-1]
