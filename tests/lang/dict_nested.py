# nested dicts and dicts of lists
db = {
    "alice": {"age": 30, "langs": ["python", "c"]},
    "bob": {"age": 25, "langs": ["go"]},
}
db["carol"] = {"age": 35, "langs": []}
db["bob"]["langs"].append("rust")
db["alice"]["age"] += 1
for name in db:
    p = db[name]
    print(name, p["age"], ",".join(p["langs"]) or "-")
print(sum(p["age"] for p in db.values()))
print(db["bob"])
print({k: v["age"] for k, v in db.items() if v["age"] > 26})
