/* The card form of the Stripe payment page.
 *
 * Stripe's Payment Element collects the card in Stripe's own frame and turns it into a
 * PaymentMethod; we post only its id (pm_...) to our payment page, which charges it. When the
 * bank asks for 3-D Secure, the page comes back with the intent's client secret and this
 * script runs Stripe's confirmation, then posts the intent id back to be checked.
 * Without JavaScript (or without Stripe.js) the form stays hidden and a notice says why.
 */
(function () {
  "use strict";

  var form = document.querySelector("[data-stripe-form]");
  if (!form) {
    return;
  }
  var section = form.closest("[data-stripe-pay]");
  var noJs = section.querySelector("[data-stripe-nojs]");
  var errorBox = form.querySelector("[data-stripe-error]");
  var button = form.querySelector("[data-stripe-submit]");
  var buttonLabel = button.innerHTML;
  var data = form.dataset;

  function showError(message) {
    errorBox.textContent = message || data.errorGeneric;
    errorBox.hidden = false;
  }

  function setBusy(busy) {
    button.disabled = busy;
    form.setAttribute("aria-busy", busy ? "true" : "false");
    if (busy) {
      button.textContent = data.busyLabel;
    } else {
      button.innerHTML = buttonLabel;
    }
  }

  if (typeof window.Stripe !== "function") {
    noJs.textContent = data.errorLoad;
    return;
  }

  var stripe = window.Stripe(data.publishableKey, { locale: data.locale || "auto" });
  var elements = stripe.elements({
    mode: "payment",
    amount: parseInt(data.amount, 10),
    currency: data.currency,
    paymentMethodCreation: "manual",
    paymentMethodTypes: ["card"],
    locale: data.locale || "auto",
  });
  var paymentElement = elements.create("payment");
  paymentElement.mount(form.querySelector("[data-stripe-element]"));
  noJs.hidden = true;
  form.hidden = false;

  var sending = false;

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (sending) {
      return; // a double click must not create two payment methods
    }
    sending = true;
    setBusy(true);
    errorBox.hidden = true;
    elements
      .submit()
      .then(function (result) {
        if (result.error) {
          throw result.error;
        }
        return stripe.createPaymentMethod({ elements: elements });
      })
      .then(function (result) {
        if (result.error) {
          throw result.error;
        }
        form.elements.payment_method.value = result.paymentMethod.id;
        form.submit(); // an ordinary POST: the page answers with where the payment stands
      })
      .catch(function (error) {
        sending = false;
        setBusy(false);
        showError(error && error.message);
      });
  });

  // 3-D Secure: the bank's confirmation, then back to the server to check the intent.
  if (data.clientSecret) {
    sending = true;
    setBusy(true);
    stripe.handleNextAction({ clientSecret: data.clientSecret }).then(function (result) {
      if (result.error) {
        sending = false;
        setBusy(false);
        showError(result.error.message);
        return;
      }
      form.elements.payment_intent.value = data.intent;
      form.submit();
    });
  }
})();
