# Chinese for the new strings of the naive f′ overlay (branch naivedf), for merging into
# resources/translations/actviz_zh_CN.ts. Keys: (context, English source).
T = {
    ("NaiveOverlay", "%1′ naive: %2"): "%1′ 朴素公式：%2",
    ("NaiveOverlay", "%1′ = %2"): "%1′ = %2",
    ("NaiveBands", "%1 for %2, in %3 pieces"): "%2 时%1（分 %3 段）",
    ("NaiveBands", "f′: %1"): "f′：%1",
}
