"""Demo data for `make run`: an admin, a buyer and a seller (passwords printed), and the English
home page. Safe to run again: it updates what exists and resets the demo passwords."""

import secrets
from datetime import timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Site

from blog.demo import load_blog
from help_center.demo import load_help_center
from marketplace.accounts.models import Profile, User
from marketplace.accounts.services import ensure_profile
from marketplace.catalog import demo as demo_catalog
from marketplace.catalog.models import Service
from marketplace.ledger import withdrawals
from marketplace.ledger.models import Withdrawal
from marketplace.messaging import services as messaging
from marketplace.messaging.models import Conversation, Message
from marketplace.orders import reviews
from marketplace.orders.cart import add as add_to_cart
from marketplace.orders.checkout import checkout
from marketplace.orders.models import Cart, Order
from marketplace.orders.services import perform
from marketplace.payments.models import Payment
from marketplace.payments.services import create_payment, mark_succeeded, submit_proof
from marketplace.projects.demo import load_demo_projects
from marketplace.rules.models import MarketplaceSettings
from pages import demo as pages_demo
from pages.landing.demo import load_landing_pages
from pages.models import HomePage
from plugins.services import plugin_settings, save_plugin_settings, set_active

DEMO_USERS = [
    # username, e-mail, staff+superuser, display name, city, bio
    ("admin", "admin@microlibya.test", True, "مدير الموقع", "tripoli", ""),
    ("buyer", "buyer@microlibya.test", False, "سالم المشتري", "benghazi", "أبحث عن خدمات تصميم."),
    (
        "seller",
        "seller@microlibya.test",
        False,
        "مريم المصممة",
        "misrata",
        "مصممة شعارات وهويات بصرية منذ 2019.",
    ),
]

DEMO_QUESTION_SERVICE = "demo-001"
DEMO_QUESTION = "السلام عليكم، هل يمكن أن يكون أحد النماذج الثلاثة بالخط الكوفي؟ المحل لبيع القهوة."
DEMO_ANSWER = (
    "وعليكم السلام، نعم بكل سرور. الخط الكوفي المربع يناسب محلات القهوة جدًا، "
    "وسأجعل أحد النماذج به وأرسل لك أمثلة من أعمالي السابقة هنا."
)
DEMO_FOLLOW_UP = "ممتاز، سأطلب الخدمة اليوم. هل تحتاج صورة واجهة المحل؟"
DEMO_TOPUP = "DEMO-TOPUP"
DEMO_SELLER_SERVICES = ["demo-seller-1", "demo-seller-2"]
DEMO_REVIEWS = [
    # the buyer's stars and review, the seller's reply, the seller's stars for the buyer
    (
        5,
        "عمل رائع وسريع، فهمت فكرة المحل من أول رسالة والهوية أعجبت كل من رآها.",
        "شكرًا لك يا سالم، سعدت بالعمل على مشروعك.",
        5,
    ),
    (4, "تحسين ممتاز للشعار، تأخر التسليم قليلًا لكن النتيجة تستحق.", "شكرًا على صبرك!", 5),
]
DEMO_PAYOUT_ACCOUNT = {
    "bank": "jumhouria",
    "account_holder": "مريم المصممة",
    "iban": "LY83002048000020100120361",
}
DEMO_BANK = {
    "bank_name": "مصرف الجمهورية (حساب تجريبي)",
    "account_holder": "شركة مايكروليبي",
    "account_number": "LY83002048000020100120361",
    "instructions": "اكتب رقم الدفعة في خانة البيان. الإيداع النقدي متاح في أي فرع.",
}


class Command(BaseCommand):
    help = "Create or refresh the demo accounts and content, and print the demo logins."

    def handle(self, *args, **options):
        # The demo's notifications stay in the site: their e-mails would bury the logins
        # under pages of console output (they are sent when the transaction commits).
        quiet = override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
        with quiet, transaction.atomic():
            logins = self._load()
        self.stdout.write(self.style.SUCCESS("Demo logins (log in with the e-mail address):"))
        for username, email, password, is_admin in logins:
            where = "  → also /admin/" if is_admin else ""
            self.stdout.write(f"  {username:<7} {email:<24} password: {password}{where}")

    def _load(self):
        logins = [self._demo_user(*spec) for spec in DEMO_USERS]
        self._editorial()
        categories = demo_catalog.load_category_tree()
        sellers = demo_catalog.load_sellers()
        self.stdout.write(f"Demo catalog: {categories} categories, {sellers} sellers.")
        call_command("import_services", str(demo_catalog.SERVICES_FILE), stdout=self.stdout)
        self._demo_conversation()
        self._demo_payments()
        self._demo_earnings()
        self._demo_projects()
        self._landing_pages()
        return logins

    def _landing_pages(self):
        report = load_landing_pages()
        live = report.created + report.updated + report.unchanged
        self.stdout.write(f"Demo landing pages: {live} published from the catalog's data.")

    def _demo_user(self, username, email, is_admin, display_name, city, bio):
        user, _created = User.objects.get_or_create(username=username, defaults={"email": email})
        user.email = email
        user.is_staff = user.is_superuser = is_admin
        password = secrets.token_urlsafe(9)
        user.set_password(password)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        profile = ensure_profile(user)
        profile.display_name, profile.city, profile.bio = display_name, city, bio
        profile.languages = ["ar", "en"]
        profile.save()
        return username, email, password, is_admin

    def _demo_conversation(self):
        """The demo buyer's question to a demo seller about a service, answered two hours later
        (the seller's profile then shows its response time), and a follow-up left unread."""
        buyer = User.objects.get(username="buyer")
        service = Service.objects.filter(external_id=DEMO_QUESTION_SERVICE).first()
        if service is None or messaging.find_conversation(buyer, service.seller, service):
            return
        question = messaging.start_conversation(
            buyer, service.seller, DEMO_QUESTION, subject=service
        )
        conversation = question.conversation
        asked = timezone.now() - timedelta(days=1)
        Message.objects.filter(pk=question.pk).update(created_at=asked, read_at=asked)
        Conversation.objects.filter(pk=conversation.pk).update(created_at=asked)
        conversation.refresh_from_db()
        answer = messaging.send_message(conversation, service.seller, DEMO_ANSWER)
        Message.objects.filter(pk=answer.pk).update(created_at=asked + timedelta(hours=2))
        Conversation.objects.filter(pk=conversation.pk).update(
            first_reply_at=asked + timedelta(hours=2)
        )
        messaging.mark_read(conversation, buyer)
        messaging.send_message(conversation, buyer, DEMO_FOLLOW_UP)
        self.stdout.write("Demo conversation: buyer ↔ " + service.seller.username)

    def _demo_payments(self):
        """Switch on bank transfers with demo bank details, put 500 LYD in the demo buyer's
        wallet (a confirmed transfer) and place one order the seller has started."""
        site = Site.objects.get(is_default_site=True)
        if not plugin_settings("bank_transfer", site).get("account_number"):
            save_plugin_settings("bank_transfer", site, DEMO_BANK)
        set_active("bank_transfer", site, True)
        buyer = User.objects.get(username="buyer")
        if Payment.objects.filter(buyer=buyer, payer_reference=DEMO_TOPUP).exists():
            return
        top_up = create_payment(buyer, "bank_transfer", Decimal("500"))
        submit_proof(top_up, reference=DEMO_TOPUP)
        mark_succeeded(top_up)
        service = Service.objects.filter(external_id=DEMO_QUESTION_SERVICE).first()
        if service is not None:
            cart = Cart.objects.get_or_create(user=buyer)[0]
            add_to_cart(cart, service, buyer=buyer)
            _payment, _result = checkout(cart, buyer, "wallet", request=None)
            order = service.orders.filter(buyer=buyer).latest("pk")
            perform(order, "start", service.seller)
        self.stdout.write("Demo money: buyer has 500 LYD (a confirmed transfer) and one order.")

    def _demo_earnings(self):
        """Give the demo seller a record: two completed orders from the demo buyer, reviewed
        both ways, one already cleared, and a withdrawal to a Libyan bank account waiting for
        staff. Founding-seller window open, the seller's identity verified."""
        site = Site.objects.get(is_default_site=True)
        set_active("libyan_bank", site, True)
        rules = MarketplaceSettings.for_site(site)
        if not rules.founding_sellers_from:
            today = timezone.localdate()
            rules.founding_sellers_from = today - timedelta(days=30)
            rules.founding_sellers_until = today + timedelta(days=335)
            rules.save()
        buyer, seller = User.objects.get(username="buyer"), User.objects.get(username="seller")
        services = list(
            Service.objects.filter(external_id__in=DEMO_SELLER_SERVICES).order_by("external_id")
        )
        if len(services) != len(DEMO_REVIEWS) or Withdrawal.objects.filter(seller=seller).exists():
            return
        Profile.objects.filter(user=seller).update(
            identity_verified=True, identity_verified_at=timezone.now()
        )
        for service, (rating, text, reply, buyer_rating) in zip(
            services, DEMO_REVIEWS, strict=True
        ):
            cart = Cart.objects.get_or_create(user=buyer)[0]
            add_to_cart(cart, service, buyer=buyer)
            checkout(cart, buyer, "wallet", request=None)
            order = service.orders.filter(buyer=buyer).latest("pk")
            perform(order, "start", seller)
            perform(order, "deliver", seller, note="تفضل الملفات النهائية، بالتوفيق في مشروعك.")
            perform(order, "accept", buyer)
            review = reviews.leave_review(order, buyer, rating, text)
            reviews.reply_to_review(review, seller, reply)
            reviews.leave_review(
                order, seller, buyer_rating, "مشتري واضح ومتعاون، أنصح بالعمل معه."
            )
        first = services[0].orders.filter(buyer=buyer).latest("pk")
        Order.objects.filter(pk=first.pk).update(closed_at=timezone.now() - timedelta(days=8))
        perform(first, "clear")
        withdrawals.request_withdrawal(seller, Decimal("60"), "libyan_bank", DEMO_PAYOUT_ACCOUNT)
        self.stdout.write(
            "Demo earnings: seller has two reviewed orders and a withdrawal awaiting staff."
        )

    def _demo_projects(self):
        created = load_demo_projects(moderator=User.objects.get(username="admin"))
        if created:
            self.stdout.write(
                "Demo projects: open projects with proposals, and one awaiting review."
            )

    def _editorial(self):
        """The home page's blocks, the FAQ, the guarantee, terms and privacy pages, the help
        center and the blog, in Arabic with their English translations."""
        home = HomePage.objects.filter(locale__language_code="ar").first()
        if home is None:
            return
        numbers = pages_demo.rule_numbers(MarketplaceSettings.for_site(home.get_site()))
        pages_demo.load_home(home, numbers)
        pages_demo.load_editorial_pages(home, numbers)
        questions = pages_demo.load_faq(home, numbers)
        articles = load_help_center(home, numbers)
        posts = load_blog(home, numbers, author=User.objects.get(username="admin"))
        self.stdout.write(
            f"Demo content: {articles} help articles, {questions} FAQ questions, "
            f"{posts} blog posts, in Arabic and English."
        )
