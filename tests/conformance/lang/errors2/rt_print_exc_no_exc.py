import traceback
traceback.print_exc()
print(repr(traceback.format_exc()))
