text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(len(letters), ''.join(sorted(letters)))
caps = ' '.join(w.capitalize() for w in text.split()[:4])
print(caps)
print(text.title()[:20], text[::-1][:10])
