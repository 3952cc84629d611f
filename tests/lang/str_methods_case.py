# case methods and predicates
s = "Hello World 123"
print(s.upper(), s.lower())
print("abc".isalpha(), "ab1".isalpha(), "123".isdigit(), "12a".isdigit(), "".isdigit())
print("   ".isspace(), " a ".isspace(), "\t\n".isspace(), "".isspace())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "aBc".islower())
