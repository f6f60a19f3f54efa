# Objects still alive at the end of the program are finalised at shutdown.
class Last:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('bye', self.name)


keep = Last('kept')
print('end of program')
