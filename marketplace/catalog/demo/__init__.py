"""Demo catalog for `make run`: the category tree, the demo sellers' profiles, and the services
file that `setup_demo` loads through `import_services` like any other import."""

import json
from decimal import Decimal
from pathlib import Path

from marketplace.accounts.models import User
from marketplace.accounts.services import ensure_profile
from marketplace.catalog.models import Category

DEMO_DIR = Path(__file__).resolve().parent
SERVICES_FILE = DEMO_DIR / "services.jsonl"


def load_category_tree() -> int:
    """Create or update the demo tree; returns the number of categories."""
    tree = json.loads((DEMO_DIR / "categories.json").read_text(encoding="utf-8"))
    count = 0
    for position, node in enumerate(tree):
        top = _upsert(node, None, position)
        count += 1
        for child_position, child in enumerate(node.get("children", [])):
            _upsert(child, top, child_position)
            count += 1
    return count


def _upsert(node: dict, parent, position: int) -> Category:
    category, _created = Category.objects.update_or_create(
        slug=node["slug"],
        defaults={
            "parent": parent,
            "name_ar": node["name_ar"],
            "name_en": node.get("name_en", ""),
            "icon": node.get("icon", "category"),
            "description_ar": node.get("description_ar", ""),
            "description_en": node.get("description_en", ""),
            "price_cap": Decimal(node["price_cap"]) if node.get("price_cap") else None,
            "position": position,
        },
    )
    return category


def load_sellers() -> int:
    """Demo sellers (no usable password: they exist to own the demo services)."""
    sellers = json.loads((DEMO_DIR / "sellers.json").read_text(encoding="utf-8"))
    for spec in sellers:
        user, created = User.objects.get_or_create(
            username=spec["username"], defaults={"email": f"{spec['username']}@demo.invalid"}
        )
        if created:
            user.set_unusable_password()
            user.save()
        profile = ensure_profile(user)
        profile.display_name = spec["display_name"]
        profile.city = spec["city"]
        profile.bio = spec["bio"]
        profile.languages = ["ar"]
        profile.save()
        profile.skills.set(spec.get("skills", []))
    return len(sellers)
