class AppError(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
raise AppError(404, 'not found')
