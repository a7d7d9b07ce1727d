"""English wording of the home page created by the first migration (used by setup_demo)."""

ENGLISH_HOME_BODY = [
    (
        "hero",
        {
            "title": "Small digital services by Libyan hands, from 10 dinars",
            "subtitle": "Order a logo, a translation or some code from Libyan freelancers. "
            "We hold your money safely until you receive the work and accept it.",
            "search_placeholder": "What service are you looking for?",
        },
    ),
    (
        "steps",
        {
            "heading": "How does MicroLibya work?",
            "steps": [
                {
                    "title": "Choose a service",
                    "text": "Search by words or browse the categories; read the reviews "
                    "and the seller's profile before you buy.",
                },
                {
                    "title": "Pay safely",
                    "text": "You pay the listed price only, and we hold it until you "
                    "receive the work.",
                },
                {
                    "title": "Receive and accept",
                    "text": "When you accept the delivery the seller is paid; if the order "
                    "is not done, the money returns to your balance.",
                },
            ],
        },
    ),
    (
        "call_to_action",
        {
            "title": "Have a skill? Start selling today",
            "text": "Create a free account and offer your services to buyers all over "
            "Libya. One account both buys and sells.",
            "button_text": "Create your account",
            "button_link": "/en/accounts/signup/",
        },
    ),
]
