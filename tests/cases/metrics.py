"""Metric cases: one sentence (or short paragraph) in, the expected metrics out.

Each case: ``text``, ``published`` and ``region`` passed to ``gov_extract.extract``, an
optional ``note``, and ``metrics``: the records expected, in order, as dicts of the fields
that matter. ``level``/``change`` are the quantity text as written (``"835.5亿元"``) or a
``(value, unit)`` pair (a change is signed: ``(-25.0, "%")``); ``None`` means absent;
``bound`` is the bound of the level (or of the change when there is no level). A field not
listed is not checked. ``metrics: []`` means nothing may be extracted.
"""

SEEDS = [
    {
        "text": '2024年，我市规上工业增加值增长9.5%，外贸出口增长20.5%，固定资产投资增长19.7%。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "规上工业增加值", "level": None, "change": (9.5, "%"), "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "外贸出口", "level": None, "change": (20.5, "%"), "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "固定资产投资", "level": None, "change": (19.7, "%"), "modality": "actual", "year": 2024, "region": "永康市"},
        ],
    },
    {
        "text": '2024年，我市新增国家高新技术企业40家、省科技型中小企业194家、省级企业研究院4家，2家企业获省科技进步奖一等奖。',
        "published": 2025, "region": '永康市',
        "note": 'a verb carries to the next items of a 、 list; a count before its noun',
        "metrics": [
            {"indicator": "新增国家高新技术企业", "level": "40家", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "新增省科技型中小企业", "level": "194家", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "新增省级企业研究院", "level": "4家", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "企业获省科技进步奖一等奖", "level": "2家", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
        ],
    },
    {
        "text": '2024年，全市42个改革事项入选省厅级以上试点。',
        "published": 2025, "region": '永康市',
        "note": 'count before noun: the noun after the number is the indicator',
        "metrics": [
            {"indicator": "改革事项入选省厅级以上试点", "level": "42个", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
        ],
    },
    {
        "text": '2024年，我市做强优势产业，新增国家专精特新“小巨人”、国家制造业单项冠军、上市企业各1家，培育10亿元以上企业5家、省专精特新中小企业22家，“2+5”重点产业链规上总产值达943亿元，同比增长12.7%。',
        "published": 2025, "region": '永康市',
        "note": '各1家 shared out; 10亿元以上 modifies 企业; level + change in one metric',
        "metrics": [
            {"indicator": "新增国家专精特新“小巨人”", "level": "1家", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "新增国家制造业单项冠军", "level": "1家", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "新增上市企业", "level": "1家", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "培育10亿元以上企业", "level": "5家", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "培育省专精特新中小企业", "level": "22家", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "“2+5”重点产业链规上总产值", "level": "943亿元", "change": (12.7, "%"), "basis": "同比", "modality": "actual", "year": 2024, "region": "永康市"},
        ],
    },
    {
        "text": '2024年，我市共举办境外自办展7场，组织出海团组42个，收获意向订单超50亿元。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "举办境外自办展", "level": "7场", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "组织出海团组", "level": "42个", "change": None, "modality": "actual", "year": 2024, "region": "永康市"},
            {"indicator": "收获意向订单", "level": "50亿元", "change": None, "bound": "gt", "modality": "actual", "year": 2024, "region": "永康市"},
        ],
    },
    {
        "text": '企业专利审查授权时间由以往6个月缩至目前最短3天。',
        "published": 2025, "region": '永康市',
        "note": '由X缩至Y: only Y',
        "metrics": [
            {"indicator": "企业专利审查授权时间", "level": "3天", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '回望2024年，我市经济社会发展保持稳进向好态势。预计全年地区生产总值增长6%、规上工业增加值增长8.7%、外贸出口额增长19%，固定资产投资连续40个月保持两位数增长。',
        "published": 2025, "region": '永康市',
        "note": '预计 -> estimate; a streak is no metric',
        "metrics": [
            {"indicator": "地区生产总值", "level": None, "change": (6.0, "%"), "modality": "estimate", "year": 2024, "period": "全年", "region": "永康市"},
            {"indicator": "规上工业增加值", "level": None, "change": (8.7, "%"), "modality": "estimate", "year": 2024, "period": "全年", "region": "永康市"},
            {"indicator": "外贸出口额", "level": None, "change": (19.0, "%"), "modality": "estimate", "year": 2024, "period": "全年", "region": "永康市"},
        ],
    },
    {
        "text": '主要预期目标：地区生产总值增长6%以上，一般公共预算收入增长5.5%左右，城镇调查失业率控制在5%以内。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "地区生产总值", "level": None, "change": (6.0, "%"), "bound": "ge", "modality": "target", "year": 2025, "region": "永康市"},
            {"indicator": "一般公共预算收入", "level": None, "change": (5.5, "%"), "bound": "approx", "modality": "target", "year": 2025, "region": "永康市"},
            {"indicator": "城镇调查失业率", "level": "5%", "change": None, "bound": "le", "modality": "target", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '全年实现地区生产总值835.5亿元、增长6.3%。',
        "published": 2025, "region": '永康市',
        "note": 'level and change in one record',
        "metrics": [
            {"indicator": "地区生产总值", "level": "835.5亿元", "change": (6.3, "%"), "modality": "actual", "year": 2025, "period": "全年", "region": "永康市"},
        ],
    },
    {
        "text": '制造业投资、高新技术产业投资分别增长29.5%、41.3%，完成民间投资133.8亿元。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "制造业投资", "level": None, "change": (29.5, "%"), "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "高新技术产业投资", "level": None, "change": (41.3, "%"), "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "民间投资", "level": "133.8亿元", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '城乡居民人均可支配收入分别增长5.1%、7.3%。',
        "published": 2025, "region": '永康市',
        "note": '城乡 -> 城镇 / 农村',
        "metrics": [
            {"indicator": "城镇居民人均可支配收入", "level": None, "change": (5.1, "%"), "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "农村居民人均可支配收入", "level": None, "change": (7.3, "%"), "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '道路交通事故亡人数较前三年均值下降20%以上。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "道路交通事故亡人数", "level": None, "change": (-20.0, "%"), "bound": "ge", "basis": "较前三年均值", "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '和美乡村覆盖率65%以上，休闲农业产值突破40亿元。',
        "published": 2025, "region": '永康市',
        "note": 'a rate is a level',
        "metrics": [
            {"indicator": "和美乡村覆盖率", "level": "65%", "change": None, "bound": "ge", "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "休闲农业产值", "level": "40亿元", "change": None, "bound": "gt", "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '启动建设南苑安置地块15宗、599亩，30幢1686套安置房主体结顶。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "启动建设南苑安置地块", "level": "15宗", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "启动建设南苑安置地块", "level": "599亩", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "安置房主体结顶", "level": "30幢", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "安置房主体结顶", "level": "1686套", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '空气质量指数优良率92.9%，年均PM2.5浓度下降4.7%，市控以上地表水断面Ⅲ类水体达标率100%。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "空气质量指数优良率", "level": "92.9%", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "年均PM2.5浓度", "level": None, "change": (-4.7, "%"), "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "市控以上地表水断面Ⅲ类水体达标率", "level": "100%", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '安全生产事故数、火灾事故数分别下降25%、7%。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "安全生产事故数", "level": None, "change": (-25.0, "%"), "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "火灾事故数", "level": None, "change": (-7.0, "%"), "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '国企资产总额1120亿元、增长30.2%，营业总收入首次突破90亿元、增长8.2%。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "国企资产总额", "level": "1120亿元", "change": (30.2, "%"), "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "营业总收入", "level": "90亿元", "change": (8.2, "%"), "bound": "gt", "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '不良贷款率降至0.72%，初次信访事项一次性化解率98.9%、居金华第1。',
        "published": 2025, "region": '永康市',
        "note": '降至 -> level; 第1 is a ranking',
        "metrics": [
            {"indicator": "不良贷款率", "level": "0.72%", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "初次信访事项一次性化解率", "level": "98.9%", "change": None, "modality": "actual", "year": 2025, "region": "永康市"},
        ],
    },
    {
        "text": '2024年，该村接待游客约40万人次，村集体经济收入达251万元。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "接待游客", "level": "40万人次", "change": None, "bound": "approx", "modality": "actual", "year": 2024},
            {"indicator": "村集体经济收入", "level": "251万元", "change": None, "modality": "actual", "year": 2024},
        ],
    },
    {
        "text": '力争列入省“千项万亿”工程项目25个以上。',
        "published": 2025, "region": '永康市',
        "metrics": [
            {"indicator": "列入省“千项万亿”工程项目", "level": "25个", "change": None, "bound": "ge", "modality": "target", "year": 2025, "region": "永康市"},
        ],
    },
]

DEV = [
    {
        "text": '2019年全县地区生产总值797156万元,比上年增长11.3%。',
        "published": 2020, "region": '长顺县',
        "metrics": [
            {"indicator": "地区生产总值", "level": "797156万元", "change": (11.3, "%"), "basis": "比上年", "modality": "actual", "year": 2019, "region": "长顺县"},
        ],
    },
    {
        "text": '年末户籍人口273393人,比上年新增1547人。',
        "published": 2020, "region": '长顺县',
        "note": 'an absolute change after a basis',
        "metrics": [
            {"indicator": "户籍人口", "level": "273393人", "change": (1547.0, "人"), "basis": "比上年", "modality": "actual", "year": 2020, "period": "年末", "region": "长顺县"},
        ],
    },
    {
        "text": '服务业在全区经济中的比重比上年下降3.2个百分点。',
        "published": 2022, "region": '潘集区',
        "metrics": [
            {"indicator": "服务业在全区经济中的比重", "level": None, "change": (-3.2, "个百分点"), "basis": "比上年", "modality": "actual", "year": 2022, "region": "潘集区"},
        ],
    },
    {
        "text": '初步核算,全年完成地区生产总值295.4亿元,按可比价格计算,比上年增长7.7%,增速高于全市平均水平5.7个百分点。',
        "published": 2022, "region": '潘集区',
        "metrics": [
            {"indicator": "地区生产总值", "level": "295.4亿元", "change": (7.7, "%"), "basis": "比上年", "modality": "actual", "year": 2022, "period": "全年", "region": "潘集区"},
            {"indicator": "增速高于全市平均水平", "level": None, "change": (5.7, "个百分点"), "basis": "全市平均水平", "modality": "actual", "year": 2022, "region": "潘集区"},
        ],
    },
    {
        "text": '2022年全区城镇新增就业岗位6007个,比上年减少587个。',
        "published": 2022, "region": '潘集区',
        "metrics": [
            {"indicator": "城镇新增就业岗位", "level": "6007个", "change": (-587.0, "个"), "basis": "比上年", "modality": "actual", "year": 2022, "region": "潘集区"},
        ],
    },
    {
        "text": '今年前三季度,乐清实现地区生产总值967.34亿元,同比增长12.5%。',
        "published": 2021, "region": '乐清市',
        "metrics": [
            {"indicator": "地区生产总值", "level": "967.34亿元", "change": (12.5, "%"), "basis": "同比", "modality": "actual", "year": 2021, "period": "前三季度", "region": "乐清市"},
        ],
    },
    {
        "text": '城乡居民人均可支配收入分别达到18687元、5634元,增长7.8%、9.2%。',
        "published": 2018, "region": '房县',
        "note": 'two lists: the changes complete the levels pairwise',
        "metrics": [
            {"indicator": "城镇居民人均可支配收入", "level": "18687元", "change": (7.8, "%"), "modality": "actual", "year": 2018, "region": "房县"},
            {"indicator": "农村居民人均可支配收入", "level": "5634元", "change": (9.2, "%"), "modality": "actual", "year": 2018, "region": "房县"},
        ],
    },
    {
        "text": '城市生活垃圾和建筑垃圾利用率均达60%以上。',
        "published": 2026, "region": '宁夏回族自治区',
        "note": '均: names joined by 和 share the head 利用率',
        "metrics": [
            {"indicator": "城市生活垃圾利用率", "level": "60%", "change": None, "bound": "ge", "modality": "actual", "year": 2026, "region": "宁夏回族自治区"},
            {"indicator": "建筑垃圾利用率", "level": "60%", "change": None, "bound": "ge", "modality": "actual", "year": 2026, "region": "宁夏回族自治区"},
        ],
    },
    {
        "text": '一产、二产、三产增加值分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九。',
        "published": 2026, "region": '宁夏回族自治区',
        "metrics": [
            {"indicator": "一产增加值", "level": None, "change": (6.0, "%"), "modality": "actual", "year": 2026, "region": "宁夏回族自治区"},
            {"indicator": "二产增加值", "level": None, "change": (5.2, "%"), "modality": "actual", "year": 2026, "region": "宁夏回族自治区"},
            {"indicator": "三产增加值", "level": None, "change": (5.2, "%"), "modality": "actual", "year": 2026, "region": "宁夏回族自治区"},
        ],
    },
    {
        "text": '中石化特种纤维、宝丰第二套煤制烯烃等1700多个新项目开工。',
        "published": 2026, "region": '宁夏回族自治区',
        "note": 'examples before 等 are not the indicator',
        "metrics": [
            {"indicator": "新项目开工", "level": "1700多个", "change": None, "bound": "gt", "modality": "actual", "year": 2026, "region": "宁夏回族自治区"},
        ],
    },
    {
        "text": '常住人口由上年729万人增加到732万人。',
        "published": 2026, "region": '宁夏回族自治区',
        "metrics": [
            {"indicator": "常住人口", "level": "732万人", "change": None, "modality": "actual", "year": 2025, "region": "宁夏回族自治区"},
        ],
    },
    {
        "text": '2022年全县地区生产总值增长目标定为11%。',
        "published": 2022, "region": '沙洋县',
        "metrics": [
            {"indicator": "地区生产总值", "level": None, "change": (11.0, "%"), "modality": "target", "year": 2022, "region": "沙洋县"},
        ],
    },
    {
        "text": '1-9月份,316个州重点建设项目累计开复工291个,开复工率92%。',
        "published": 2021, "region": '湘西土家族苗族自治州',
        "metrics": [
            {"indicator": "州重点建设项目累计开复工", "level": "316个", "change": None, "modality": "actual", "year": 2021, "period": "1-9月份", "region": "湘西土家族苗族自治州"},
            {"indicator": "州重点建设项目累计开复工", "level": "291个", "change": None, "modality": "actual", "year": 2021, "period": "1-9月份", "region": "湘西土家族苗族自治州"},
            {"indicator": "开复工率", "level": "92%", "change": None, "modality": "actual", "year": 2021, "period": "1-9月份", "region": "湘西土家族苗族自治州"},
        ],
    },
    {
        "text": '据悉，兴安盟今年将有86个投资亿元以上项目陆续开工建设，总投资936亿元。',
        "published": 2011, "region": '兴安盟',
        "metrics": [
            {"indicator": "投资亿元以上项目陆续开工建设", "level": "86个", "change": None, "modality": "target", "year": 2011, "region": "兴安盟"},
            {"indicator": "投资亿元以上项目陆续开工建设总投资", "level": "936亿元", "change": None, "modality": "target", "year": 2011, "region": "兴安盟"},
        ],
    },
    {
        "text": '投产后预计实现年销售收入3000万元。',
        "published": 2011, "region": '苏州高新区',
        "note": 'after production: estimate, no year',
        "metrics": [
            {"indicator": "年销售收入", "level": "3000万元", "change": None, "modality": "estimate", "year": 2011, "region": "苏州高新区"},
        ],
    },
    {
        "text": '1-9月,鄂尔多斯市的476户规模以上工业增加值增长7.8%,较2019年同期下降4.6%,两年平均下降2.3%。',
        "published": 2021, "region": '鄂尔多斯市',
        "note": 'a second change with another basis is its own record',
        "metrics": [
            {"indicator": "规模以上工业增加值", "level": "476户", "change": None, "modality": "actual", "year": 2021, "period": "1-9月", "region": "鄂尔多斯市"},
            {"indicator": "规模以上工业增加值", "level": None, "change": (7.8, "%"), "modality": "actual", "year": 2021, "period": "1-9月", "region": "鄂尔多斯市"},
            {"indicator": "规模以上工业增加值", "level": None, "change": (-4.6, "%"), "basis": "较2019年同期", "modality": "actual", "year": 2021, "period": "1-9月", "region": "鄂尔多斯市"},
            {"indicator": "规模以上工业增加值", "level": None, "change": (-2.3, "%"), "basis": "两年平均", "modality": "actual", "year": 2021, "period": "1-9月", "region": "鄂尔多斯市"},
        ],
    },
    {
        "text": '截至目前,香河县4个省重点项目、8个市重点项目和12个集中开工项目,当年投资完成率分别达到100%、204%和98%。',
        "published": 2019, "region": '香河县',
        "metrics": [
            {"indicator": "省重点项目", "level": "4个", "change": None, "modality": "actual", "year": 2019, "region": "香河县"},
            {"indicator": "市重点项目", "level": "8个", "change": None, "modality": "actual", "year": 2019, "region": "香河县"},
            {"indicator": "集中开工项目", "level": "12个", "change": None, "modality": "actual", "year": 2019, "region": "香河县"},
            {"indicator": "投资完成率", "level": "100%", "change": None, "modality": "actual", "year": 2019, "region": "香河县"},
            {"indicator": "投资完成率", "level": "204%", "change": None, "modality": "actual", "year": 2019, "region": "香河县"},
            {"indicator": "投资完成率", "level": "98%", "change": None, "modality": "actual", "year": 2019, "region": "香河县"},
        ],
    },
    {
        "text": '外贸出口总额247.5亿元,增长10%。',
        "published": 2024, "region": '新昌县',
        "metrics": [
            {"indicator": "外贸出口总额", "level": "247.5亿元", "change": (10.0, "%"), "modality": "actual", "year": 2024, "region": "新昌县"},
        ],
    },
    {
        "text": '城乡居民人均可支配收入75868元、41710元,增长6.2%、6.6%。',
        "published": 2024, "region": '新昌县',
        "metrics": [
            {"indicator": "城镇居民人均可支配收入", "level": "75868元", "change": (6.2, "%"), "modality": "actual", "year": 2024, "region": "新昌县"},
            {"indicator": "农村居民人均可支配收入", "level": "41710元", "change": (6.6, "%"), "modality": "actual", "year": 2024, "region": "新昌县"},
        ],
    },
]

FEATURES = [
    {
        "text": '居民消费价格指数持平。',
        "published": 2026, "region": '宁夏回族自治区',
        "note": '持平 -> change 0 %',
        "metrics": [
            {"indicator": "居民消费价格指数", "level": None, "change": (0.0, "%"), "modality": "actual", "year": 2026, "region": "宁夏回族自治区"},
        ],
    },
    {
        "text": '出口额实现翻番，金华市规上工业增加值增长8%。',
        "published": 2025, "region": '永康市',
        "note": '翻番 -> change 2 倍; a named place opening the clause is the region',
        "metrics": [
            {"indicator": "出口额", "level": None, "change": (2.0, "倍"), "modality": "actual", "year": 2025, "region": "永康市"},
            {"indicator": "规上工业增加值", "level": None, "change": (8.0, "%"), "modality": "actual", "year": 2025, "region": "金华市"},
        ],
    },
    {
        "text": '全县粮食产量从2023年的5万吨提高到6.2万吨。',
        "published": 2024, "region": '某某县',
        "note": '从X提高到Y: one metric, level Y, the year of X is no scope',
        "metrics": [
            {"indicator": "粮食产量", "level": "6.2万吨", "change": None, "modality": "actual", "year": 2024, "region": "某某县"},
        ],
    },
    {
        "text": '市委十五届七次全体（扩大）会议召开，我市在全国工业县（市）百强榜单上位列第45位。',
        "published": 2025, "region": '永康市',
        "note": 'session numbers and ranks are no metrics',
        "metrics": [
        ],
    },
    {
        "text": '当天集中开工的福建圣农1.2亿羽肉鸡全产业链饲料厂、镇原县平泉镇2万吨果品气调库建设项目等14个重点项目,总投资25.3亿元。',
        "published": 2020, "region": '镇原县',
        "note": 'numbers inside project names are no metrics; 总投资 takes the subject of the count before it',
        "metrics": [
            {"indicator": "重点项目", "level": "14个", "change": None, "modality": "actual", "year": 2020, "region": "镇原县"},
            {"indicator": "重点项目总投资", "level": "25.3亿元", "change": None, "modality": "actual", "year": 2020, "region": "镇原县"},
        ],
    },
    {
        "text": '1-9月份州重点项目投资完成情况汇总表\n单位:个、亿元\n隶 属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |\n吉首市 | 57 | 82.5 | 65.1 | 78.9% |',
        "published": 2021, "region": '湘西土家族苗族自治州',
        "note": 'a 「|」 table: header names, the unit line gives bare numbers their units, the row label is the region',
        "metrics": [
            {"indicator": "州重点项目个数", "level": (57.0, "个"), "change": None, "modality": "actual", "year": 2021, "period": "1-9月份", "region": "吉首市"},
            {"indicator": "州重点项目年投资计划", "level": (8250000000.0, "元"), "change": None, "modality": "target", "year": 2021, "region": "吉首市"},
            {"indicator": "州重点项目完成投资额", "level": (6510000000.0, "元"), "change": None, "modality": "actual", "region": "吉首市"},
            {"indicator": "州重点项目年计划投资完成率", "level": (78.9, "%"), "change": None, "modality": "actual", "region": "吉首市"},
        ],
    },
    {
        "text": '经济总量和增速分别居全省34个类区县第1位、第2位。',
        "published": 2023, "region": '涪城区',
        "note": 'the count of the places ranked among is the field of a ranking, no metric',
        "metrics": [],
    },
    {
        "text": '工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一。',
        "published": 2019, "region": '郧西县',
        "note": 'how many indicators were ranked is no metric',
        "metrics": [],
    },
    {
        "text": '其中,4个城市更新项目集中开工,总投资95.39亿元。',
        "published": 2024, "region": '海口市',
        "note": '城市 in a project category is no ranking field',
        "metrics": [{"indicator": "城市更新项目集中开工", "level": "4个"}, {"level": "95.39亿元"}],
    },
]

BUGS = [
    {
        "text": '确保全县疫情防控形势保持平稳势头。',
        "published": 2021, "region": '阜城县',
        "note": '保持平稳 holds 持平 but says nothing measured',
        "metrics": [
        ],
    },
    {
        "text": '五是数字经济当年实现智算规模等“六个翻番”。',
        "published": 2026, "region": '宁夏回族自治区',
        "note": '「六个翻番」 counts slogans, no change',
        "metrics": [
        ],
    },
    {
        "text": '发表时间:2021/11/3 15:04:14 浏览量:571次 作者',
        "published": 2021, "region": '乐清市',
        "note": 'page furniture',
        "metrics": [
        ],
    },
    {
        "text": '连续五年举办民营企业家节，市更新投资连续三年超百亿。',
        "published": 2025, "region": '永康市',
        "note": 'a streak (连续三年超百亿) is no level',
        "metrics": [
        ],
    },
    {
        "text": '六、六成工业产品保持增长。',
        "published": 2021, "region": '鄂尔多斯市',
        "note": 'an enumeration mark 六、 is no indicator',
        "metrics": [
            {"indicator": "工业产品", "level": "六成", "change": None, "modality": "actual", "year": 2021, "region": "鄂尔多斯市"},
        ],
    },
    # -- held-out error class 1: a generic indicator takes the subject of its sentence
    {
        "text": '其中，工业类项目5个，总投资3.2亿元，年度投资1.5亿元；',
        "published": 2025, "region": '某某县',
        "note": '总投资/年度投资 after a count belong to the counted subject',
        "metrics": [
            {"indicator": "工业类项目", "level": "5个", "region": "某某县"},
            {"indicator": "工业类项目总投资", "level": "3.2亿元", "modality": "actual"},
            {"indicator": "工业类项目年度投资", "level": "1.5亿元"},
        ],
    },
    {
        "text": '全县新开工项目12个，计划总投资8亿元。',
        "published": 2025, "region": '某某县',
        "note": 'subject carry-over; 计划 -> target',
        "metrics": [
            {"indicator": "新开工项目", "level": "12个", "modality": "actual"},
            {"indicator": "新开工项目计划总投资", "level": "8亿元", "modality": "target"},
        ],
    },
    {
        "text": '本批签约项目总投资20亿元，年度投资6亿元。',
        "published": 2025, "region": '某某县',
        "note": '本批 is dropped; 年度投资 takes the subject of 签约项目总投资',
        "metrics": [
            {"indicator": "签约项目总投资", "level": "20亿元"},
            {"indicator": "签约项目年度投资", "level": "6亿元"},
        ],
    },
    {
        "text": '总投资5亿元。',
        "published": 2025, "region": '某某县',
        "note": 'no subject in the sentence: the generic indicator stays as written',
        "metrics": [
            {"indicator": "总投资", "level": "5亿元"},
        ],
    },
    {
        "text": '出席本次会议的委员应到45人，因故缺席3人，实到42人。',
        "published": 2025, "region": '某某县',
        "note": 'a bare predicate (实到) takes the subject of an earlier one; the cause 因故 and 出席/本次/的 go',
        "metrics": [
            {"indicator": "会议委员应到", "level": "45人"},
            {"indicator": "会议委员缺席", "level": "3人"},
            {"indicator": "会议委员实到", "level": "42人"},
        ],
    },
    {
        "text": '实到326人。',
        "published": 2025, "region": '某某县',
        "note": 'a bare predicate with no subject anywhere: whose figure is unclear, no metric',
        "metrics": [],
    },
    {
        "text": '湖北15个县(市)上榜。',
        "published": 2025, "region": '某某县',
        "note": 'count before noun + predicate: 上榜县(市), the opening place is the region',
        "metrics": [
            {"indicator": "上榜县(市)", "level": "15个", "region": "湖北省"},
        ],
    },
    {
        "text": '甘肃、青海分别有2个县入选。',
        "published": 2025, "region": '某某县',
        "note": 'places listed with 分别: one metric per place',
        "metrics": [
            {"indicator": "入选县", "level": "2个", "region": "甘肃省"},
            {"indicator": "入选县", "level": "2个", "region": "青海省"},
        ],
    },
    {
        "text": '江苏、浙江两省上榜企业均超过20家。',
        "published": 2025, "region": '某某县',
        "note": '「A、B两省…均」: one metric per place, 两省 is no indicator',
        "metrics": [
            {"indicator": "上榜企业", "level": "20家", "bound": "gt", "region": "江苏省"},
            {"indicator": "上榜企业", "level": "20家", "bound": "gt", "region": "浙江省"},
        ],
    },
    {
        "text": '山东、河南、河北三省上榜数量在5-8个之间。',
        "published": 2025, "region": '某某县',
        "note": 'a range over several places together: no metric',
        "metrics": [],
    },
    # -- held-out error class 2: verbs and debris in the indicator
    {
        "text": '全县实现GDP总量120亿元。',
        "published": 2025, "region": '某某县',
        "note": 'a leading 实现 goes before any indicator with a head noun',
        "metrics": [
            {"indicator": "GDP总量", "level": "120亿元", "region": "某某县"},
        ],
    },
    {
        "text": '规上工业企业实现利润总额8.6亿元，同比增长12%。',
        "published": 2025, "region": '某某县',
        "note": '实现 inside the indicator goes too',
        "metrics": [
            {"indicator": "规上工业企业利润总额", "level": "8.6亿元", "change": (12.0, "%"), "basis": "同比"},
        ],
    },
    {
        "text": '成都共有5家企业入围。',
        "published": 2025, "region": '某某县',
        "note": 'stripping 共有 must not take the 都 of 成都 (a place name is a word)',
        "metrics": [
            {"indicator": "入围企业", "level": "5家", "region": "成都市"},
        ],
    },
    {
        "text": '一般公共预算支出(不含专项债券支出)增长5%。',
        "published": 2025, "region": '某某县',
        "note": 'a remark in parentheses is no part of the indicator',
        "metrics": [
            {"indicator": "一般公共预算支出", "level": None, "change": (5.0, "%")},
        ],
    },
    {
        "text": '社会消费品零售总额（按现价计算）增长6%，全省13个县(市)入围。',
        "published": 2025, "region": '某某县',
        "note": 'remark dropped; a parenthesis that is part of a name (县(市)) stays',
        "metrics": [
            {"indicator": "社会消费品零售总额", "change": (6.0, "%")},
            {"indicator": "入围县(市)", "level": "13个"},
        ],
    },
    {
        "text": '西部百强县发布 昆明占据5席\n昆明共5个县(市)上榜。',
        "published": 2025, "region": '某某县',
        "note": 'a headline figure repeated by the body is one metric (the body one)',
        "metrics": [
            {"indicator": "上榜县(市)", "level": "5个", "region": "昆明市"},
        ],
    },
    # -- held-out error class 3: a change goes to the right metric
    {
        "text": 'GDP总量230亿元，按可比价计算同比增长5.5%。',
        "published": 2025, "region": '某某县',
        "note": '按可比价计算 is a method note: the change completes the level before it',
        "metrics": [
            {"indicator": "GDP总量", "level": "230亿元", "change": (5.5, "%"), "basis": "同比"},
        ],
    },
    {
        "text": '全市规上工业总产值800亿元，占全省比重为12.5%，同比增长7.2%。',
        "published": 2025, "region": '某某县',
        "note": 'the growth belongs to the amount, not to the share between them; the share names its subject',
        "metrics": [
            {"indicator": "规上工业总产值", "level": "800亿元", "change": (7.2, "%")},
            {"indicator": "规上工业总产值占全省比重", "level": "12.5%", "change": None},
        ],
    },
    {
        "text": '全县新开工项目共20个，占全市新开工项目个数的25%。',
        "published": 2025, "region": '某某县',
        "note": '占…个数的 -> a share of the counted subject',
        "metrics": [
            {"indicator": "新开工项目", "level": "20个"},
            {"indicator": "新开工项目占全市比重", "level": "25%"},
        ],
    },
    # -- held-out error class 5: a period opening the paragraph holds for its later sentences
    {
        "text": '上半年，全县地区生产总值增长6%。分产业看，第一产业增加值增长2%。',
        "published": 2025, "region": '某某县',
        "metrics": [
            {"indicator": "地区生产总值", "change": (6.0, "%"), "period": "上半年"},
            {"indicator": "第一产业增加值", "change": (2.0, "%"), "period": "上半年"},
        ],
    },
    {
        "text": '一季度，全县GDP增长5%。\n第一产业增加值增长2%。',
        "published": 2025, "region": '某某县',
        "note": 'the period does not cross into the next paragraph',
        "metrics": [
            {"indicator": "GDP", "change": (5.0, "%"), "period": "一季度"},
            {"indicator": "第一产业增加值", "change": (2.0, "%"), "period": None},
        ],
    },
    # blind held-out set 2 (2026-12-01): a 「主要目标」 heading opens a plan section
    {
        "text": '主要目标\n生产总值增长11.5%左右,规模以上工业增加值增长16.5%左右。',
        "published": 2015, "region": '镇安县',
        "metrics": [
            {"indicator": "生产总值", "change": (11.5, "%"), "modality": "target", "year": 2015},
            {"indicator": "规模以上工业增加值", "change": (16.5, "%"), "modality": "target", "year": 2015},
        ],
    },
    {
        "text": '2月4日清晨,碧空如澄,零下14度的低温挡不住新春气象。',
        "published": 2015, "region": '静乐县',
        "note": 'blind held-out set 2: a temperature is no metric',
        "metrics": [
        ],
    },
    # blind held-out set 3 (2026-12-01): a growth rate that moved, a city figure in brackets,
    # a rank among 六县市, shares written as a:b:c after 由…变化为
    {
        "text": '全县地区生产总值总量为52.22亿元,同比增长4.0%,比去年同期加快2.2个百分点,六县市排名第三。',
        "published": 2025, "region": '郏县',
        "metrics": [
            {"indicator": "地区生产总值总量", "level": "52.22亿元", "change": (4.0, "%")},
            {"indicator": "地区生产总值增速", "level": None, "change": (2.2, "个百分点")},
        ],
    },
    {
        "text": '全县规模以上工业增加值同比增长7.5%(全市11.1%),较去年同期回落0.9个百分点。',
        "published": 2025, "region": '郏县',
        "metrics": [
            {"indicator": "规模以上工业增加值", "level": None, "change": (7.5, "%")},
            {"indicator": "规模以上工业增加值增速", "level": None, "change": (-0.9, "个百分点")},
        ],
    },
    {
        "text": '三次产业结构比由去年同期的7.2:39.5:53.3变化为8.5:37.0:54.5。',
        "published": 2025, "region": '郏县',
        "metrics": [
            {"indicator": "三次产业结构中第一产业比重", "level": (8.5, "%"), "year": 2025},
            {"indicator": "三次产业结构中第二产业比重", "level": (37.0, "%"), "year": 2025},
            {"indicator": "三次产业结构中第三产业比重", "level": (54.5, "%"), "year": 2025},
        ],
    },
    {
        "text": '签约过亿元项目101个,落地过亿元项目74个。',
        "published": 2025, "region": '巨野县',
        "note": 'blind held-out set 3: 过亿元 names a class of projects; the counts are the figures',
        "metrics": [
            {"indicator": "签约过亿元项目", "level": "101个"},
            {"indicator": "落地过亿元项目", "level": "74个"},
        ],
    },
    {
        "text": '一般预算收入完成7309万元,同比增长43.6℅。',
        "published": 2011, "region": '三穗县',
        "note": 'blind held-out set 3: ℅ typed for %',
        "metrics": [
            {"indicator": "一般预算收入", "level": "7309万元", "change": (43.6, "%")},
        ],
    },
    {
        "text": '一般预算收入完成7309万元,累计支出64338万元,同比分别增长43.6%和32.4%。',
        "published": 2011, "region": '三穗县',
        "note": 'blind held-out set 3: 同比分别 — 比 opens no basis before 分别; the changes go to the two amounts before',
        "metrics": [
            {"indicator": "一般预算收入", "level": "7309万元", "change": (43.6, "%"), "basis": "同比"},
            {"indicator": "累计支出", "level": "64338万元", "change": (32.4, "%"), "basis": "同比"},
        ],
    },
    {
        "text": '项目全部投产后,可提供500人以上的就业岗位。',
        "published": 2021, "region": '云霄县',
        "note": 'blind held-out set 3: 提供 is a verb; the noun after the count names it',
        "metrics": [
            {"indicator": "提供就业岗位", "level": (500.0, "人")},
        ],
    },
    # blind held-out set 4 (2026-12-01)
    {
        "text": '上半年,制造业增长3.4%,增速较一季度回升14.1个百分点,高于全县规上工业增速2.1个百分点。',
        "published": 2023, "region": '旺苍县',
        "note": 'a bare 增速 and a comparison are the rate of the figure before',
        "metrics": [
            {"indicator": "制造业", "change": (3.4, "%")},
            {"indicator": "制造业增速", "change": (14.1, "个百分点"), "basis": "较一季度"},
            {"indicator": "制造业增速高于全县规上工业", "change": (2.1, "个百分点")},
        ],
    },
    {
        "text": '上半年,全县规上工业增加值增长5.2%,增速较一季度和1-5月分别提高15.5和2.2个百分点。',
        "published": 2023, "region": '旺苍县',
        "note": 'one unit written for two numbers',
        "metrics": [
            {"indicator": "规上工业增加值", "change": (5.2, "%")},
            {"indicator": "规上工业增加值增速", "change": (15.5, "个百分点")},
            {"indicator": "规上工业增加值增速", "change": (2.2, "个百分点")},
        ],
    },
    # blind held-out set 5 (2026-12-01)
    {
        "text": '一年来,主要做了以下工作:争取上级各类项目资金11.88亿元,实施重点项目36个,完成投资39.8亿元。',
        "published": 2023, "region": '景东彝族自治县',
        "note": 'funds obtained from higher levels (争取上级) are a result, not an aim',
        "metrics": [
            {"indicator": "上级各类项目资金", "level": "11.88亿元", "modality": "actual"},
            {"indicator": "实施重点项目", "level": "36个", "modality": "actual"},
            {"level": "39.8亿元", "modality": "actual"},
        ],
    },
    {
        "text": '变压器累计实现2828.08万千伏安,十种有色金属增长0.7%。',
        "published": 2023, "region": '涪陵区',
        "note": '千伏安 is a unit; 十种有色金属 is a name',
        "metrics": [
            {"indicator": "变压器累计", "level": (28280800.0, "千伏安")},
            {"indicator": "十种有色金属", "level": None, "change": (0.7, "%")},
        ],
    },
    {
        "text": '计划招引20个以上过亿项目。',
        "published": 2013, "region": '五莲县',
        "note": '过亿项目 holds no unit 项 (亿项)',
        "metrics": [],
    },
    {
        "text": '北湖区、资兴市、桂阳县地区生产总值过100亿元。',
        "published": 2021, "region": '郴州市',
        "note": 'blind held-out set 6: a threshold every listed place passes (one metric per place)',
        "metrics": [
            {"indicator": "地区生产总值", "level": "100亿元", "region": "北湖区"},
            {"indicator": "地区生产总值", "level": "100亿元", "region": "资兴市"},
            {"indicator": "地区生产总值", "level": "100亿元", "region": "桂阳县"},
        ],
    },
    {
        "text": '2010年,三穗县财政总收入突破亿元大关,实现11338万元,增长57.7%。全县GDP首次突破百亿元大关,达到100.6亿元。',
        "published": 2011, "region": '三穗县',
        "note": 'blind held-out set 3: the figure after the mark it passed; 大关 is no county (大关县)',
        "metrics": [
            {"indicator": "财政总收入", "level": "11338万元", "change": (57.7, "%"), "bound": "eq",
             "region": "三穗县"},
            {"indicator": "GDP", "level": "100.6亿元", "bound": "eq", "region": "三穗县"},
        ],
    },
    {
        "text": '工业产值超过10亿元,同比增长5%。',
        "published": 2020, "region": '三穗县',
        "note": 'a mark passed with no figure after it stays a bound',
        "metrics": [
            {"indicator": "工业产值", "level": "10亿元", "change": (5.0, "%"), "bound": "gt"},
        ],
    },
    {
        "text": '第一产业投资同比下降19.3%,拉低投资增速2.8百分点;第二产业投资同比增长80.1%,拉动投资增速67.1百分点。',
        "published": 2023, "region": '乌拉特后旗',
        "note": 'blind held-out set 12: a contribution to the total is credited to the figure before it; 拉低 is negative',
        "metrics": [
            {"indicator": "第一产业投资", "change": (-19.3, "%")},
            {"indicator": "第一产业投资拉低投资", "level": None, "change": (-2.8, "个百分点")},
            {"indicator": "第二产业投资", "change": (80.1, "%")},
            {"indicator": "第二产业投资拉动投资", "level": None, "change": (67.1, "个百分点")},
        ],
    },
    {
        "text": '三次产业增加值分别实现增加值1745.3亿元、5506亿元、7098.9亿元,增长2.9%、6.4%、7.2%,增速比全省高0.1个、1.0个、1.4个百分点。',
        "published": 2024, "region": '四川省',
        "note": 'blind held-out set 12: 三次产业 split in three; 「0.1个、1.0个、1.4个百分点」 share the unit; one comparison each',
        "metrics": [
            {"indicator": "第一产业增加值", "level": "1745.3亿元", "change": (2.9, "%")},
            {"indicator": "第二产业增加值", "level": "5506亿元", "change": (6.4, "%")},
            {"indicator": "第三产业增加值", "level": "7098.9亿元", "change": (7.2, "%")},
            {"indicator": "第一产业增加值增速", "level": None, "change": (0.1, "个百分点"), "basis": "比全省"},
            {"indicator": "第二产业增加值增速", "level": None, "change": (1.0, "个百分点"), "basis": "比全省"},
            {"indicator": "第三产业增加值增速", "level": None, "change": (1.4, "个百分点"), "basis": "比全省"},
        ],
    },
    {
        "text": '经济总量超过百亿元的有91个,较上年增加5个;超过500亿元达到11个,与上年持平。',
        "published": 2024, "region": '四川省',
        "note": 'blind held-out set 12: a threshold before 「的有/达到」 says what is counted; 持平 with its base is the change of the count',
        "metrics": [
            {"indicator": "经济总量超过百亿元的", "level": "91个", "change": (5.0, "个")},
            {"indicator": "超过500亿元", "level": "11个", "change": (0.0, "个")},
        ],
    },
    {
        "text": '二季度全县地区生产总值为1437936万元,比上年同期增长-8.7%,较一季度(-10.8%)回升2.1个百分点。',
        "published": 2024, "region": '柳林县',
        "note": 'blind held-out set 10: the figure of the comparison base in brackets is no metric',
        "metrics": [
            {"indicator": "地区生产总值", "level": "1437936万元", "change": (-8.7, "%")},
            {"indicator": "地区生产总值增速", "level": None, "change": (2.1, "个百分点")},
        ],
    },
    {
        "text": '全年地区生产总值实现127亿元,同比增长(以下简称增长)7 %。',
        "published": 2020, "region": '辽阳县',
        "note": 'blind held-out set 11: a remark between the change verb and its figure',
        "metrics": [
            {"indicator": "地区生产总值", "level": "127亿元", "change": (7.0, "%")},
        ],
    },
    {
        "text": '神木居21位,较上年上升1个位次。',
        "published": 2015, "region": '神木市',
        "note": 'blind held-out set 12: 居 + N位 is a rank (slots/rankings.py), no metric in 位',
        "metrics": [],
    },
    {
        "text": '表1 2020年主要农产品产量 产品名称 | 产量(吨) | 比上年增长(%) | 粮食 | 124735 | 3.2 | 其中:小麦 | 15669 | -3.0 |',
        "published": 2021, "region": '洛南县',
        "note": 'blind held-out set 12: a table on one line; the unit in the header; the growth column is the change of its row',
        "metrics": [
            {"indicator": "粮食产量", "level": (124735.0, "吨"), "change": (3.2, "%"), "basis": "比上年"},
            {"indicator": "小麦产量", "level": (15669.0, "吨"), "change": (-3.0, "%"), "basis": "比上年"},
        ],
    },
    {
        "text": '遵义市习水县2020年一季度47个项目集中开工,总投资58亿元。',
        "published": 2020, "region": '习水县',
        "note": 'blind held-out set 14: a city written before its county only locates it',
        "metrics": [
            {"level": "47个", "region": "习水县"},
            {"level": "58亿元", "region": "习水县"},
        ],
    },
    {
        "text": '全县10个5000万元以上大项目陆续复工,投资超10亿元的重大项目加快建设。',
        "published": 2019, "region": '乾安县',
        "note": 'blind held-out set 14: an amount with 以上/超 before 项目 is a class of projects, no metric',
        "metrics": [{"level": "10个"}],
    },
    {
        "text": '上半年,如皋较好地完成了“双过半”目标,上半年实现地区生产总值623.2亿元,增长3.2%。',
        "published": 2020, "region": '如皋市',
        "note": 'blind held-out set 13: an aim reached (完成了…目标) makes no target of the figures after it',
        "metrics": [{"indicator": "地区生产总值", "level": "623.2亿元", "modality": "actual"}],
    },
    {
        "text": '政府工作报告\n一、2022年工作回顾\n过去一年,新引进项目8个,计划总投资147.1亿元。\n二、2023年工作安排\n力争地区生产总值增长6%。',
        "published": 2023, "region": '新兴县',
        "note": 'blind held-out set 14: a plan figure in a review section keeps the section year',
        "metrics": [
            {"level": "8个", "year": 2022},
            {"level": "147.1亿元", "modality": "target", "year": 2022},
            {"indicator": "地区生产总值", "change": (6.0, "%"), "modality": "target", "year": 2023},
        ],
    },
    {
        "text": '经过排序,肇东市等10个县(市)地区生产总值位列全省前十位。',
        "published": 2017, "region": '黑龙江省',
        "note": 'blind held-out set 15: the size of a ranked group (前十) is no metric',
        "metrics": [],
    },
    {
        "text": '庄浪县计划今年实施重点建设项目151个,当年计划完成投资55.37亿元,至7月底,全县开工项目131个,完成投资36.12亿元。',
        "published": 2020, "region": '庄浪县',
        "note": 'blind held-out set 17: 「至7月底」 reports what is done (actual) after a plan',
        "metrics": [
            {"level": "151个", "modality": "target"},
            {"level": "55.37亿元", "modality": "target"},
            {"level": "131个", "modality": "actual"},
            {"level": "36.12亿元", "modality": "actual"},
        ],
    },
    {
        "text": '创造了项目摘牌后11天完成全部审批手续新纪录。比上年的第八位进位6位。',
        "published": 2020, "region": '献县',
        "note": 'blind held-out set 17: a duration after 后 and a move of rank (进位6位) are no metrics',
        "metrics": [],
    },
    {
        "text": '收购烟叶21.43万担,增长5%。',
        "published": 2020, "region": '宁远县',
        "note": 'blind held-out set 19: 担 is a unit',
        "metrics": [{"indicator": "收购烟叶", "level": (214300.0, "担"), "change": (5.0, "%")}],
    },
    {
        "text": '全县实现GDP212.3亿元,按不变价计算增长6.5%。居民人均可支配收入扣除价格因素实际增长5.1%。',
        "published": 2022, "region": '海原县',
        "note": 'blind held-out sets 21/22: GDP right before its figure is no code (S316); the price basis is no indicator',
        "metrics": [
            {"indicator": "GDP", "level": "212.3亿元", "change": (6.5, "%")},
            {"indicator": "居民人均可支配收入", "change": (5.1, "%")},
        ],
    },
    {
        "text": '华润100兆瓦风电项目、年产5万吨新材料生产线项目开工建设,全县建成10个示范基地。',
        "published": 2022, "region": '武宣县',
        "note": 'blind held-out sets 19/22: a capacity inside a project name is no metric; a count of bases is',
        "metrics": [{"indicator": "建成示范基地", "level": "10个"}],
    },
    {
        "text": '甲项目总投资3.1个亿。全区引进目标企业15家,实际使用内资30.2亿元。',
        "published": 2024, "region": '天桥区',
        "note": 'blind held-out sets 23/24: 「3.1个亿」 is 3.1亿元; 目标企业 is a noun, not an aim',
        "metrics": [
            {"level": (310000000.0, "元")},
            {"level": "15家", "modality": "actual"},
            {"indicator": "实际使用内资", "level": "30.2亿元", "modality": "actual"},
        ],
    },
    {
        "text": '人口自然增长率-0.59‰,比上年下降0.8个千分点。',
        "published": 2023, "region": '庐江县',
        "note": 'blind held-out set 23: 自然增长率 is a rate level; 个千分点 is a unit',
        "metrics": [{"indicator": "人口自然增长率", "level": (-0.59, "‰"), "change": (-0.8, "个千分点")}],
    },
]


BUGS += [
    {
        "text": "出栏各类牲畜4.7万头只匹,下降2%。马0.11万匹,同比增长10%。",
        "published": 2019,
        "note": "blind held-out set 26: pastoral units 头只匹 (head of mixed livestock) and 匹 as written",
        "metrics": [{"indicator": "出栏各类牲畜", "level": (47000.0, "头只匹"), "change": (-2.0, "%")},
                    {"indicator": "马", "level": (1100.0, "匹"), "change": (10.0, "%")}],
    },
    {
        "text": "上半年,胶州市正在推进23个百亿级重点项目建设。丁蜀镇5个重点项目集中奠基。",
        "published": 2020,
        "note": "blind held-out set 25: a count after a verb with adverbs or after a town takes the noun after it",
        "metrics": [{"indicator": "推进百亿级重点项目建设", "level": (23.0, "个")},
                    {"indicator": "重点项目集中奠基", "level": (5.0, "个")}],
    },
]

BUGS += [
    {
        "text": "全年地区生产总值(GDP)突破千亿大关,实现1027.8亿元,是全省首个突破千亿的县,按可比价格计算,比上年增长8%。",
        "published": 2020,
        "note": "blind held-out set 26: the figure after a mark without its unit (千亿大关); the mark describing the county is no metric",
        "metrics": [{"indicator": "地区生产总值(GDP)", "level": (102780000000.0, "元"), "change": (8.0, "%")}],
    },
    {
        "text": "全年财政收入跨越130亿元,累计完成136.6亿元,同比增长7%。",
        "published": 2020,
        "note": "blind held-out set 26: 跨越 passes a mark like 突破; 累计完成 gives the figure",
        "metrics": [{"indicator": "财政收入", "level": (13660000000.0, "元"), "change": (7.0, "%")}],
    },
    {
        "text": "全年农业实现总产值108.1亿元,可比增长3.4%。蔬菜产量65.5万吨,减产1.2%。油料产量1.3万吨,增产0.2%。",
        "published": 2020,
        "note": "blind held-out set 26: 可比增长, 减产, 增产 are change verbs",
        "metrics": [{"indicator": "农业总产值", "change": (3.4, "%")}, {"indicator": "蔬菜产量", "change": (-1.2, "%")},
                    {"indicator": "油料产量", "change": (0.2, "%")}],
    },
]

BUGS += [
    {
        "text": "视察组先后来到中煤化工有限公司年产5万吨LNG和500万立方米氢能源项目等地。",
        "published": 2016,
        "note": "blind held-out set 27: a capacity inside a project name with a second figure in it is no metric",
        "metrics": [],
    },
]

BUGS += [
    {
        "text": "这些项目分别为江苏大益茶道艺术中心有限公司总投资5亿元的茶文化体验及品牌推广中心项目;无锡源源金属制品有限公司总投资1.3亿元的金属丝制品项目。项目建成后,年销售额可达10亿元。",
        "published": 2020, "region": "宜兴市",
        "note": "blind held-out set 25: 「A公司总投资X的B项目」 is B's investment; a place in a company's name is no region; 可达",
        "metrics": [{"indicator": "茶文化体验及品牌推广中心项目总投资", "level": (500000000.0, "元"), "region": "宜兴市"},
                    {"indicator": "金属丝制品项目总投资", "level": (130000000.0, "元"), "region": "宜兴市"},
                    {"indicator": "年销售额", "level": (1000000000.0, "元")}],
    },
]

BUGS += [
    {
        "text": "武威市各县区经济稳步增长。\n民勤县积极融入新发展格局。2022年,生产总值达到107.85亿元,增长5.3%。\n古浪县围绕产业发展,固定资产投资增长21.1%。",
        "published": 2023, "region": "武威市",
        "note": "blind held-out set 29: a paragraph that opens with a county of the home city gives its figures that county",
        "metrics": [{"indicator": "生产总值", "region": "民勤县"}, {"indicator": "固定资产投资", "region": "古浪县"}],
    },
    {
        "text": "湖北日报客户端讯(通讯员向继华)12月26日,笔者从竹山县获悉,该县地区生产总值增长10%。",
        "published": 2023, "region": "竹山县",
        "note": "an outlet's province opening a page is no paragraph subject",
        "metrics": [{"indicator": "地区生产总值", "region": "竹山县"}],
    },
]

BUGS += [
    {
        "text": "从GDP增速看,卫滨区(含高新区)增速为9.3%。\n规模以上工业增加值方面,红旗区(含经开区)增速为13.5%。\n再看固定资产投资,全市这一增速为12.1%。",
        "published": 2023, "region": "新乡市",
        "note": "blind held-out set 29: a section lead (从X看/X方面/再看X) names the indicator of the figures after it",
        "metrics": [{"indicator": "GDP增速", "change": (9.3, "%")}, {"indicator": "规模以上工业增加值", "change": (13.5, "%")},
                    {"indicator": "固定资产投资", "change": (12.1, "%")}],
    },
]

BUGS += [
    {
        "text": "承诺3月份开复工36项(续建29项,新建7项),未开复工10项。年发电量2.61亿千瓦小时。",
        "published": 2023,
        "note": "blind held-out set 32: a count's bracketed breakdown is a clause of its own; 千瓦小时 = 千瓦时",
        "metrics": [{"indicator": "承诺3月份开复工", "level": (36.0, "项")}, {"indicator": "续建", "level": (29.0, "项")},
                    {"indicator": "新建", "level": (7.0, "项")}, {"indicator": "未开复工", "level": (10.0, "项")},
                    {"indicator": "年发电量", "level": (261000000.0, "千瓦时")}],
    },
]

BUGS += [
    {
        "text": "滨湖路全长3.2公里。",
        "published": 2015, "region": "滨海县",
        "note": "blind held-out set 32: a road named after a place (滨湖路) gives no region",
        "metrics": [{"indicator": "滨湖路全长", "region": "滨海县"}],
    },
]

BUGS += [
    {
        "text": "预计2025年,规上工业增加值增长8%;固定资产投资增长6%;社会消费品零售总额增长5%。全年新增企业20家。",
        "published": 2025,
        "note": "blind held-out sets 26, 33, 34: 预计 heading a 「；」 series covers every item (not the sentence after)",
        "metrics": [{"indicator": "规上工业增加值", "modality": "estimate"}, {"indicator": "固定资产投资", "modality": "estimate"},
                    {"indicator": "社会消费品零售总额", "modality": "estimate"}, {"indicator": "新增企业", "modality": "actual"}],
    },
]

BUGS += [
    {
        "text": "预计(下同)全年实现生产总值280亿元,同比增长6%;固定资产投资同比增长8%。实际使用外资增长67%。",
        "published": 2023,
        "note": "blind held-out set 39: 预计(下同) makes every figure of the paragraph an estimate",
        "metrics": [{"indicator": "全年生产总值", "modality": "estimate"}, {"indicator": "固定资产投资", "modality": "estimate"},
                    {"indicator": "实际使用外资", "modality": "estimate"}],
    },
    {
        "text": "2017年,全县实现生产总值255亿元,按可比价计算增长8.5%。",
        "published": 2018,
        "note": "blind held-out set 38: 按可比价计算 says how the growth was computed, no basis and no indicator",
        "metrics": [{"indicator": "生产总值", "level": (25500000000.0, "元"), "change": (8.5, "%")}],
    },
]

BUGS += [
    {
        "text": "固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%。",
        "published": 2023,
        "note": "blind held-out set 39: a growth after a figure measured against the target is the total's",
        "metrics": [{"indicator": "固定资产投资", "level": (1700000000.0, "元"), "change": (20.6, "%")},
                    {"indicator": "超额完成年度任务", "level": (210000000.0, "元"), "change": None}],
    },
]

BUGS += [
    {
        "text": "人均地区生产总值19763元,按2018年平均汇率计算为2865美元。",
        "published": 2020,
        "note": "blind held-out set 40: 「按2018年平均汇率计算」 is how a figure was converted: no indicator, no year",
        "metrics": [{"indicator": "人均地区生产总值", "level": (19763.0, "元"), "year": 2020}],
    },
]

BUGS += [
    {
        "text": "地区生产总值完成120亿元(预计数,下同),增长6%。财政收入8亿元。",
        "published": 2023,
        "note": "blind held-out set 45: 「(预计数,下同)」 marks the paragraph's figures as estimates",
        "metrics": [{"indicator": "地区生产总值", "modality": "estimate"}, {"indicator": "财政收入", "modality": "estimate"}],
    },
]

BUGS += [
    {
        "text": "民勤县积极融入新发展格局,生产总值增长5.3%。\n固定资产投资增长8%;社会消费品零售总额增长6%。",
        "published": 2023, "region": "武威市",
        "note": "review: a paragraph's place is not carried into the next paragraph when that opens with a 「；」 item",
        "metrics": [{"indicator": "生产总值", "region": "民勤县"}, {"indicator": "固定资产投资", "region": "武威市"},
                    {"indicator": "社会消费品零售总额", "region": "武威市"}],
    },
]
