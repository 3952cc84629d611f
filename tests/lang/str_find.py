# find / rfind / index / rindex / count / in
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.find("the", 1), s.find("at", 6, 10))
print(s.index("sat"), s.rindex("the"), s.count("at"), s.count("the"), s.count("z"))
print("cat" in s, "dog" in s, "" in s, "x" not in s)
print(s.find(""), s.count(""), "aaaa".count("aa"))
try:
    s.index("dog")
except ValueError:
    print("ValueError")
print(s.startswith("the"), s.startswith("cat"), s.endswith("mat"), s.endswith(("rat", "mat")))
print(s.startswith("cat", 4), s.startswith(("a", "t")))
