"""How each class looks, shared by the HTML page, DOT/SVG/PNG and Mermaid so they agree."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClassStyle:
    colour: str
    shape: str
    """Shape on the HTML canvas."""
    dot_shape: str
    """Graphviz node shape."""
    mermaid: tuple[str, str]
    """Mermaid opening and closing brackets."""
    text: str = "#1b1b1b"


# Colours from the Okabe-Ito palette (distinguishable with colour-vision deficiencies);
# shapes differ too, so class never depends on colour alone.
STYLES: dict[str, ClassStyle] = {
    "Artist": ClassStyle("#E69F00", "circle", "ellipse", ("((", "))")),
    "Group": ClassStyle("#0072B2", "hexagon", "hexagon", ("{{", "}}"), text="#ffffff"),
    "Song": ClassStyle("#009E73", "square", "box", ("[", "]"), text="#ffffff"),
    "Album": ClassStyle("#56B4E9", "pentagon", "pentagon", ("[/", "/]")),
    "MusicVideo": ClassStyle("#CC79A7", "triangle", "parallelogram", (">", "]")),
    "Director": ClassStyle("#D55E00", "diamond", "diamond", ("{", "}"), text="#ffffff"),
    "Event": ClassStyle("#F0E442", "star", "octagon", ("([", "])")),
    "Agency": ClassStyle("#8C6D31", "house", "house", ("[[", "]]"), text="#ffffff"),
    "Other": ClassStyle("#BBBBBB", "dot", "ellipse", ("(", ")")),
}
INFERRED_COLOUR = "#7B3FBF"
ASSERTED_COLOUR = "#8A8A8A"


def style(cls: str) -> ClassStyle:
    return STYLES.get(cls, STYLES["Other"])
