class Stack:
    def push(item):
        pass
Stack().push(1)
