import weakref


class Button:
    def click(self):
        return 'clicked'


b = Button()
wm = weakref.WeakMethod(b.click)
print(wm()())
r = weakref.ref(b.click)
print(r())
del b
print(wm())
