class AppError(Exception):
    def __init__(self, code):
        self.code = code
e = AppError(5)
print(repr(e), str(e), e.args)
raise e
