from rest_framework import serializers

from marketplace.catalog.models import Service


def person(user) -> dict:
    """How the API names a user: never by id or e-mail."""
    return {"username": user.username, "name": user.public_name}


class ServiceSerializer(serializers.ModelSerializer):
    price = serializers.DecimalField(max_digits=14, decimal_places=3, coerce_to_string=True)
    currency = serializers.SerializerMethodField()
    category = serializers.SerializerMethodField()
    seller = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    rating = serializers.DecimalField(
        source="rating_average", max_digits=3, decimal_places=2, coerce_to_string=True
    )

    class Meta:
        model = Service
        fields = [
            "id",
            "title",
            "price",
            "currency",
            "delivery_days",
            "category",
            "seller",
            "url",
            "rating",
        ]

    def get_currency(self, service) -> str:
        return "LYD"

    def get_category(self, service) -> dict:
        category = service.category
        return {"slug": category.slug, "name": category.name, "parent": category.parent.slug}

    def get_seller(self, service) -> dict:
        return person(service.seller)

    def get_url(self, service) -> str:
        request = self.context.get("request")
        path = service.get_absolute_url()
        return request.build_absolute_uri(path) if request else path


class ServiceDetailSerializer(ServiceSerializer):
    description = serializers.CharField()
    requirements = serializers.CharField()
    tags = serializers.SerializerMethodField()
    extras = serializers.SerializerMethodField()
    rating_count = serializers.IntegerField()
    orders_completed = serializers.IntegerField()

    class Meta(ServiceSerializer.Meta):
        fields = [
            *ServiceSerializer.Meta.fields,
            "description",
            "requirements",
            "tags",
            "extras",
            "rating_count",
            "orders_completed",
        ]

    def get_tags(self, service) -> list[str]:
        return [item.tag.name for item in service.tagged_items.all()]

    def get_extras(self, service) -> list[dict]:
        return [
            {
                "id": extra.pk,
                "title": extra.title,
                "price": f"{extra.price:.3f}",
                "extra_days": extra.extra_days,
            }
            for extra in service.extras.all()
        ]
