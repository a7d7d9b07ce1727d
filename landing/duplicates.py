"""Near-copies between templates: a subcategory in a small city often holds exactly the same
services as its top category there, and its page would say the same things. Such a combination
gets no page; the broader one (the first template in `Dimensions` order) keeps it."""

from collections import Counter, defaultdict

from landing.models import Dimensions

# Two combinations whose service sets overlap this much (Jaccard) would be near-copies.
SAME_SERVICES = 0.8


def near_copies(templates, groups: dict, minimum: int) -> set[tuple[int, tuple]]:
    """``(template id, combination)`` of every combination, among those with enough services,
    whose services are mostly those of a broader one already given a page."""
    order = list(Dimensions.values)
    pages_of = defaultdict(list)  # service id → chosen combinations showing it
    sizes = {}
    copies = set()
    for template in sorted(templates, key=lambda template: order.index(template.dimensions)):
        for group, rows in groups[template.pk].items():
            if len(rows) < minimum:
                continue
            key = (template.pk, group)
            ids = {row.id for row in rows}
            shared = Counter(other for service in ids for other in pages_of[service])
            if any(
                count / (len(ids) + sizes[other] - count) >= SAME_SERVICES
                for other, count in shared.items()
            ):
                copies.add(key)
                continue
            sizes[key] = len(ids)
            for service in ids:
                pages_of[service].append(key)
    return copies
