"""ARCHITECTURE.md: dependencies point one way. Drawn floor by floor, the import graph of app/
shows no arrow running back up: no cycle between packages, and the floors below the domains
know none of them."""

from tests.architecture.import_graph import Graph, cycles, package_graph

# What each lower floor may import; everything else in app/ is above it.
FLOORS = {
    "config": set(),
    "core": {"config"},
    "auth": {"config", "core"},
}


def test_no_two_packages_import_each_other_even_through_others() -> None:
    assert cycles(package_graph()) == []


def test_core_and_auth_know_no_domain() -> None:
    graph = package_graph()
    trespasses = {
        unit: sorted(graph.get(unit, set()) - allowed)
        for unit, allowed in FLOORS.items()
        if graph.get(unit, set()) - allowed
    }
    assert trespasses == {}


def test_the_cycle_finder_finds_a_cycle_through_three_packages() -> None:
    graph: Graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
