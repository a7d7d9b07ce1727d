"""Which combinations get a page, and which services each page features, decided over every
active template at once (even when a generation names one):

- **Near-copies get no page.** A subcategory in a small city often holds the same services as
  its top category there; its page would say the same things. A combination whose services are
  mostly (``SAME_SERVICES``) those of a broader one already given a page is left out; templates
  are taken broadest first, in `Dimensions` order.
- **Featured services are spread.** A service belongs to several combinations (its category and
  subcategory in its city, each of its tags). Each page features its best services that fewer
  pages already feature, so overlapping pages show different services (and reviews), and more
  sellers are shown. The smallest combinations choose first: they have the fewest services to
  choose from, and the big ones still have plenty.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from landing.figures import ServiceRow
from landing.models import Dimensions

# Two combinations whose service sets overlap this much (Jaccard) would be near-copies.
SAME_SERVICES = 0.8
FEATURED = 8


@dataclass
class Selection:
    near_copies: set[tuple[int, tuple]] = field(default_factory=set)
    # (template id, combination) → the ids of the services its page features, in order.
    featured: dict[tuple[int, tuple], list[int]] = field(default_factory=dict)


def select(templates, groups: dict, minimum: int) -> Selection:
    selection = Selection()
    chosen = _without_near_copies(templates, groups, minimum, selection.near_copies)
    times_featured = Counter()
    for key in sorted(chosen, key=lambda key: (len(chosen[key]), str(key))):
        best = sorted(chosen[key], key=lambda row: (times_featured[row.id], *merit(row)))
        selection.featured[key] = [row.id for row in best[:FEATURED]]
        times_featured.update(selection.featured[key])
    return selection


def merit(row: ServiceRow) -> tuple:
    """Best first: most completed orders, then best rated, then most rated."""
    return (-row.orders_completed, -row.rating_average, -row.rating_count, row.id)


def _without_near_copies(templates, groups, minimum, copies) -> dict[tuple, list[ServiceRow]]:
    order = list(Dimensions.values)
    pages_of = defaultdict(list)  # service id → chosen combinations with it
    chosen = {}
    for template in sorted(templates, key=lambda template: order.index(template.dimensions)):
        for group, rows in groups[template.pk].items():
            if len(rows) < minimum:
                continue
            key = (template.pk, group)
            ids = {row.id for row in rows}
            shared = Counter(other for service in ids for other in pages_of[service])
            if any(
                count / (len(ids) + len(chosen[other]) - count) >= SAME_SERVICES
                for other, count in shared.items()
            ):
                copies.add(key)
                continue
            chosen[key] = rows
            for service in ids:
                pages_of[service].append(key)
    return chosen
