"""How a sale is paid: the methods a Chinese shop's counter takes, as stored keys and as
the owner says them ('微信', 'WeChat', 'wechat' are one method)."""

from __future__ import annotations

import unicodedata

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

# Stored key -> what the owner reads (translated where shown). Stored value is the
# membership issue's prepaid balance; kept here so the key never changes.
PAYMENTS: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("Payments", "Cash"),
    "wechat": QT_TRANSLATE_NOOP("Payments", "WeChat Pay"),
    "alipay": QT_TRANSLATE_NOOP("Payments", "Alipay"),
    "card": QT_TRANSLATE_NOOP("Payments", "Bank card"),
    "stored_value": QT_TRANSLATE_NOOP("Payments", "Stored value"),
    "other": QT_TRANSLATE_NOOP("Payments", "Other"),
}
# The methods the counter offers today (stored value comes with member cards).
COUNTER_PAYMENTS = ("cash", "wechat", "alipay", "card", "other")

_SPOKEN = {
    "现金": "cash",
    "cash": "cash",
    "微信": "wechat",
    "微信支付": "wechat",
    "wechat": "wechat",
    "wechatpay": "wechat",
    "wechat pay": "wechat",
    "支付宝": "alipay",
    "alipay": "alipay",
    "银行卡": "card",
    "刷卡": "card",
    "card": "card",
    "bankcard": "card",
    "bank card": "card",
    "储值": "stored_value",
    "储值卡": "stored_value",
    "stored_value": "stored_value",
    "stored value": "stored_value",
    "其他": "other",
    "其它": "other",
    "other": "other",
}


def parse_payment(value: object) -> str:
    """The stored key of a payment method named in any of its usual spellings."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip().lower()
    key = _SPOKEN.get(text) or _SPOKEN.get(text.replace("-", " ").replace("_", " "))
    if key is None:
        raise ValidationError(
            "payment",
            QT_TRANSLATE_NOOP(
                "UserError", "{value} is not a payment method (cash, wechat, alipay, card, stored_value, other)."
            ),
            value=value,
        )
    return key
