class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field


def validate(age):
    if not isinstance(age, int):
        raise ValidationError('age', 'must be int')
    if age < 0:
        raise ValidationError('age', 'must be >= 0')
    return age


for v in (5, -1, 'x'):
    try:
        print(validate(v))
    except AppError as e:
        print(type(e).__name__, e, e.field, e.args)
