"""Which combinations get a page, and which services each page features, decided over every
active template at once (even when a generation names one):

- **Near-copies get no page.** A subcategory in a small city often holds the same services as
  its top category there; its page would say the same things. A combination whose services are
  mostly (``SAME_SERVICES``) those of a broader one already given a page is left out; templates
  are taken broadest first, in `Dimensions` order. Within one template, two tags sellers use
  for the same thing ("للمطاعم", "شعار للمطاعم") make pages of mostly the same services: the
  smaller one is left out when most of its services (``SAME_KIND``) are the other's.
- **Featured services are spread.** A service belongs to several combinations (its category and
  subcategory in its city, each of its tags). Each page features its best services that fewer
  pages already feature, so overlapping pages show different services (and reviews), and more
  sellers are shown. The smallest combinations choose first: they have the fewest services to
  choose from, and the big ones still have plenty.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from pages.landing.figures import ServiceRow
from pages.landing.models import Dimensions

# Two combinations whose service sets overlap this much (Jaccard) would be near-copies.
SAME_SERVICES = 0.8
# Of one template: this share of the smaller one's services in the other's.
SAME_KIND = 0.6
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


def _alike(size: int, other_size: int, shared: int, same_kind: bool) -> bool:
    if same_kind:
        return shared / min(size, other_size) >= SAME_KIND
    return shared / (size + other_size - shared) >= SAME_SERVICES


def _without_near_copies(templates, groups, minimum, copies) -> dict[tuple, list[ServiceRow]]:
    order = list(Dimensions.values)
    pages_of = defaultdict(list)  # service id → chosen combinations with it
    chosen = {}
    for template in sorted(templates, key=lambda template: order.index(template.dimensions)):
        # The largest first: of two tags for the same thing, the one used more keeps the page.
        ranked = sorted(groups[template.pk].items(), key=lambda item: (-len(item[1]), item[0]))
        for group, rows in ranked:
            if len(rows) < minimum:
                continue
            key = (template.pk, group)
            ids = {row.id for row in rows}
            shared = Counter(other for service in ids for other in pages_of[service])
            if any(
                _alike(len(ids), len(chosen[other]), count, same_kind=other[0] == template.pk)
                for other, count in shared.items()
            ):
                copies.add(key)
                continue
            chosen[key] = rows
            for service in ids:
                pages_of[service].append(key)
    return chosen
