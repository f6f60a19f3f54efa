import os, pathlib, tempfile, csv, json, io, shutil
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "notes.txt")
with open(path, "w") as f:
    f.write("line one\nline two\n")
    print(f.write("third"), f.tell(), f.name == path, f.mode, f.closed)
print(f.closed)
with open(path) as f:
    print(repr(f.readline()), f.readlines())
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), f.seek(5), f.read(3), f.tell())
with open(path, "r+") as f:
    f.seek(0); f.write("LINE"); f.seek(0)
    print(f.read(10))
p = pathlib.Path(tmp) / "sub" / "data.json"
p.parent.mkdir(parents=True, exist_ok=True)
p.write_text(json.dumps({"b": [1, 2], "a": None}, indent=2, sort_keys=True))
print(p.read_text())
print(p.name, p.stem, p.suffix, p.parent.name, p.exists(), p.is_file(), p.is_dir(), p.parent.is_dir(), p.with_suffix(".txt").name)
print(sorted(x.name for x in pathlib.Path(tmp).iterdir()), sorted(str(x.relative_to(tmp)) for x in pathlib.Path(tmp).rglob("*")))
print(sorted(os.listdir(tmp)), os.path.exists(path), os.path.isfile(path), os.path.getsize(path), os.path.splitext(path)[1], os.path.basename(path))
csv_path = os.path.join(tmp, "people.csv")
rows = [["name", "age", "city"], ["Ann", 31, "Oslo"], ["Bob, Jr.", 25, 'New "York"']]
with open(csv_path, "w", newline="") as f:
    csv.writer(f).writerows(rows)
with open(csv_path, newline="") as f:
    print(repr(f.read()))
with open(csv_path, newline="") as f:
    for rec in csv.DictReader(f):
        print(rec, int(rec["age"]) + 1)
os.rename(path, path + ".bak")
print(sorted(os.listdir(tmp)))
os.remove(path + ".bak")
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename == path)
try:
    os.mkdir(os.path.join(tmp, "sub"))
except FileExistsError as e:
    print("FileExistsError:", e.strerror)
try:
    open(tmp)
except IsADirectoryError as e:
    print("IsADirectoryError:", e.strerror)
try:
    with open(csv_path) as f:
        f.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    open(csv_path, "rw")
except ValueError as e:
    print("ValueError:", e)
f = open(csv_path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(repr(open(csv_path).read(0)), open(csv_path, encoding="utf-8").encoding, open(csv_path, "rb").read(4))
with open(os.path.join(tmp, "u.txt"), "w", encoding="utf-8") as f:
    f.write("héllo ☃\n")
with open(os.path.join(tmp, "u.txt"), "rb") as f:
    print(f.read())
with open(os.path.join(tmp, "u.txt"), encoding="ascii", errors="replace") as f:
    print(f.read())
shutil.rmtree(tmp)
print(os.path.exists(tmp))
with open("no_such_dir_userprogs8/gone.txt") as f:
    pass
