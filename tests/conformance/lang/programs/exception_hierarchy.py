# A small payment service with its own exception hierarchy, chaining and cleanup.


class PaymentError(Exception):
    """Base class for payment problems."""

    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f'[{self.code}] {base}' if self.code else base


class InsufficientFunds(PaymentError):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}', code='E_FUNDS')
        self.needed = needed
        self.available = available


class CardDeclined(PaymentError):
    pass


class FraudSuspected(CardDeclined):
    pass


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.log = []

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError(f'invalid amount: {amount!r}')
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance


def charge(account, amount, card_ok=True):
    try:
        if not card_ok:
            raise FraudSuspected('card flagged', code='E_FRAUD')
        remaining = account.withdraw(amount)
    except InsufficientFunds as e:
        account.log.append(('failed', e.needed))
        raise
    except ValueError as e:
        raise PaymentError('bad request') from e
    else:
        account.log.append(('ok', amount))
        return remaining
    finally:
        account.log.append(('attempt', amount))


acct = Account('ann', 100)
for amount, ok in [(30, True), (500, True), (-1, True), (10, False), (70, True)]:
    try:
        print('remaining', charge(acct, amount, ok))
    except CardDeclined as e:
        print('declined:', e, type(e).__mro__[1].__name__)
    except PaymentError as e:
        cause = e.__cause__
        print('payment error:', e, '| code:', e.code, '| cause:', repr(cause))
        print('  is InsufficientFunds:', isinstance(e, InsufficientFunds))

print(acct.log)
print(acct.balance)

errors = []
for exc_type in (InsufficientFunds, FraudSuspected, KeyError):
    try:
        if exc_type is InsufficientFunds:
            raise exc_type(5, 1)
        raise exc_type('x')
    except (PaymentError, LookupError) as e:
        errors.append(type(e).__name__)
print(errors)


def nested():
    try:
        {}['missing']
    except KeyError:
        raise RuntimeError('lookup failed')


try:
    nested()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise PaymentError('inner', code=1)
    except PaymentError as e:
        raise CardDeclined('outer') from None
except CardDeclined as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
print(issubclass(FraudSuspected, PaymentError), PaymentError.__doc__)
raise InsufficientFunds(10, 2)
