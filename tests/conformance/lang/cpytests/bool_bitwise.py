for a in (False, True):
    for b in (False, True):
        print(repr(a & b), repr(a | b), repr(a ^ b), repr(a.__and__(b)), repr(b.__rand__(a)), repr(a.__xor__(b)), repr(a.__ror__(b)))
print(repr(True & 1), repr(1 & True), repr(True.__and__(1)), repr(False.__or__(2)))
a = True; a &= False; print(repr(a))
a = False; a |= True; print(repr(a))
a = True; a ^= True; print(repr(a))
print(repr(True.__and__(2)), repr(True.__rxor__(1)), repr(True.__or__(1.5)), repr(False.__xor__(True)))
print(repr(bool.__and__(True, False)), bool.__dict__.get('__and__') is not None)
