"""Ranking cases: a sentence (or short paragraph) in, the expected rankings out.

Each case is a dict:
    text       the input, as an article would have it ("\\n" separates blocks)
    published  the publication date or year (optional, default 2025)
    region     the home region (optional, default "永康市")
    rankings   the expected rankings, in output order, each a dict of the fields that matter
               (subject, criterion and one of rank/top/tier at least; scope, year, modality,
               publisher are compared when given — "year": None means "no year"). The output
               must hold exactly as many rankings as listed: an empty list means "no ranking here".

Add a case to the group it comes from: SEEDS (seed articles), DEV (dev articles), BUGS
(something that went wrong once), FEATURES (a behaviour we promise, including what is
NOT a ranking: 第一次/第二批/第十三届/第Y01版/第一书记/第一时间/第二季度/ordinal markers).
"""

SEEDS = [
    {
        "text": '会议宣布了2024年度金华市综合考核结果，我市再获第一等次，并被评定为领导班子年度考核优秀等次和综合考核先进单位。',
        "rankings": [
            {"subject": "永康市", "criterion": "金华市综合考核", "scope": "金华", "tier": "第一等次", "year": 2024, "modality": "actual"},
            {"subject": "永康市", "criterion": "领导班子年度考核", "tier": "优秀等次", "year": 2024, "modality": "actual"},
            {"subject": "永康市", "criterion": "综合考核", "tier": "先进单位", "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '此外，根据2024年度浙中科创走廊综合考核评估通报显示，我市位列联动县（市）优秀单位的首位。',
        "rankings": [
            {"subject": "永康市", "criterion": "浙中科创走廊综合考核评估", "scope": "联动县（市）", "rank": 1, "tier": "优秀单位", "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '2024年，我市规上工业增加值增长9.5%，外贸出口增长20.5%，固定资产投资增长19.7%，赛迪县域综合实力、投资竞争力排名分别跃升至全国第67位和第23位……',
        "rankings": [
            {"subject": "永康市", "criterion": "赛迪县域综合实力", "scope": "全国", "rank": 67, "year": 2024, "modality": "actual", "publisher": "赛迪"},
            {"subject": "永康市", "criterion": "投资竞争力", "scope": "全国", "rank": 23, "year": 2024, "modality": "actual", "publisher": "赛迪"},
        ],
    },
    {
        "text": '2024年，“万亩千亿”新产业平台产值突破500亿元，经济开发区获评全国高质量发展百强园区……',
        "rankings": [
            {"subject": "经济开发区", "criterion": "全国高质量发展百强园区", "scope": "全国", "top": 100, "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '过去一年，我市完成科创强基项目投资9.1亿元，促成技术交易58.42亿元，分别居金华第1、第2。',
        "rankings": [
            {"subject": "永康市", "criterion": "科创强基项目投资", "scope": "金华", "rank": 1, "year": 2024, "modality": "actual"},
            {"subject": "永康市", "criterion": "技术交易", "scope": "金华", "rank": 2, "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '2月19日，记者从相关部门获悉，中国信息通信研究院日前发布了《县域工业经济发展报告（2024年）》，我市在全国工业县（市）百强榜单上位列第45位。',
        "rankings": [
            {"subject": "永康市", "criterion": "全国工业县（市）百强榜单", "scope": "全国", "rank": 45, "top": 100, "year": 2024, "modality": "actual", "publisher": "中国信息通信研究院"},
        ],
    },
    {
        "text": '2024年，“企呼我应”涉企问题办结率98.6%，协同高效监管执法率居全省第一方阵，为各类经营主体减负23.6亿元。',
        "rankings": [
            {"subject": "永康市", "criterion": "协同高效监管执法率", "scope": "全省", "tier": "第一方阵", "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '2024年，规上工业增加值增长9.5%，固定资产投资增长19.7%（金华第1、全省第5）。',
        "rankings": [
            {"subject": "永康市", "criterion": "固定资产投资增速", "scope": "金华", "rank": 1, "year": 2024, "modality": "actual"},
            {"subject": "永康市", "criterion": "固定资产投资增速", "scope": "全省", "rank": 5, "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '2024年，实施省农机研发制造推广应用一体化试点项目6个，耕种收综合机械化率达84.6%、居金华第1。',
        "rankings": [
            {"subject": "永康市", "criterion": "耕种收综合机械化率", "scope": "金华", "rank": 1, "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '2024年，新增公办学位8000个，义务段随迁子女公办就读人数超4.1万人、居全省前10。',
        "rankings": [
            {"subject": "永康市", "criterion": "义务段随迁子女公办就读人数", "scope": "全省", "top": 10, "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '2024年，扎实推进“三院同创三甲”，第一人民医院、中医院、妇保院均位列全省同级医院前4。',
        "rankings": [
            {"subject": "第一人民医院", "criterion": "同级医院", "scope": "全省", "top": 4, "year": 2024, "modality": "actual"},
            {"subject": "中医院", "criterion": "同级医院", "scope": "全省", "top": 4, "year": 2024, "modality": "actual"},
            {"subject": "妇保院", "criterion": "同级医院", "scope": "全省", "top": 4, "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '2024年，新增耕地4850亩，获评省自然资源集约利用优秀县。',
        "rankings": [
            {"subject": "永康市", "criterion": "省自然资源集约利用", "scope": "全省", "tier": "优秀县", "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '2024年，欠薪线索动态化解率100%，初次信访事项一次性化解率98.9%、居金华第1。',
        "rankings": [
            {"subject": "永康市", "criterion": "初次信访事项一次性化解率", "scope": "金华", "rank": 1, "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '市场活力强劲复苏，累计发放消费券1.1亿元、拉动消费18.7亿元，新增市场主体增速、社会消费品零售总额增速位居金华前列。',
        "published": 2022,
        "rankings": [
            {"subject": "永康市", "criterion": "新增市场主体增速", "scope": "金华", "tier": "前列", "year": 2022, "modality": "actual"},
            {"subject": "永康市", "criterion": "社会消费品零售总额增速", "scope": "金华", "tier": "前列", "year": 2022, "modality": "actual"},
        ],
    },
    {
        "text": '成功入围国家知识产权试点示范，专利新增授权量、标准制定数位居金华首位。',
        "published": 2022,
        "rankings": [
            {"subject": "永康市", "criterion": "专利新增授权量", "scope": "金华", "rank": 1, "year": 2022, "modality": "actual"},
            {"subject": "永康市", "criterion": "标准制定数", "scope": "金华", "rank": 1, "year": 2022, "modality": "actual"},
        ],
    },
    {
        "text": '空气质量、地表水质稳定达标，“美丽工厂”创建数居全省首位，浙中生态廊道、美丽浙江、美丽金华建设考核优秀。',
        "published": 2022,
        "rankings": [
            {"subject": "永康市", "criterion": "“美丽工厂”创建数", "scope": "全省", "rank": 1, "year": 2022, "modality": "actual"},
            {"subject": "永康市", "criterion": "浙中生态廊道建设考核", "tier": "优秀", "year": 2022, "modality": "actual"},
            {"subject": "永康市", "criterion": "美丽浙江建设考核", "scope": "全省", "tier": "优秀", "year": 2022, "modality": "actual"},
            {"subject": "永康市", "criterion": "美丽金华建设考核", "scope": "金华", "tier": "优秀", "year": 2022, "modality": "actual"},
        ],
    },
    {
        "text": '“治决会”改革获省改革突破提名奖，“无废城市探索”获省改革突破银奖，获评全面深化改革优秀市，营商环境年度评价进入全省中上游水平。',
        "published": 2022,
        "rankings": [
            {"subject": "“治决会”改革", "criterion": "省改革突破", "scope": "全省", "tier": "提名奖", "year": 2022, "modality": "actual"},
            {"subject": "“无废城市探索”", "criterion": "省改革突破", "scope": "全省", "tier": "银奖", "year": 2022, "modality": "actual"},
            {"subject": "永康市", "criterion": "全面深化改革", "tier": "优秀市", "year": 2022, "modality": "actual"},
            {"subject": "永康市", "criterion": "营商环境年度评价", "scope": "全省", "tier": "中上游水平", "year": 2022, "modality": "actual"},
        ],
    },
    {
        "text": '农业“双强”赛马获省政府督查激励，粮食稳产保供做法获评省乡村振兴十佳案例，集体经营性收入超百万村达20%。',
        "published": 2022,
        "rankings": [
            {"subject": "粮食稳产保供做法", "criterion": "省乡村振兴十佳案例", "scope": "全省", "top": 10, "year": 2022, "modality": "actual"},
        ],
    },
    {
        "text": '深入开展“信访积案大化解”行动，平安指数进入全省第一方阵，省平安县（市、区）创建实现16连冠。',
        "published": 2022,
        "rankings": [
            {"subject": "永康市", "criterion": "平安指数", "scope": "全省", "tier": "第一方阵", "year": 2022, "modality": "actual"},
        ],
    },
    {
        "text": '全市经济社会发展主要预期目标：地区生产总值增长6%以上，高质量发展各项指标走在金华前列。',
        "rankings": [
            {"subject": "永康市", "criterion": "高质量发展各项指标", "scope": "金华", "tier": "前列", "year": 2025, "modality": "target"},
        ],
    },
]

DEV = [
    {
        "text": '一产、二产、三产增加值分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九。',
        "published": 2026,
        "region": '宁夏回族自治区',
        "rankings": [
            {"subject": "宁夏回族自治区", "criterion": "一产增加值增速", "scope": "全国", "rank": 2, "year": 2026, "modality": "actual"},
            {"subject": "宁夏回族自治区", "criterion": "二产增加值增速", "scope": "全国", "rank": 7, "year": 2026, "modality": "actual"},
            {"subject": "宁夏回族自治区", "criterion": "三产增加值增速", "scope": "全国", "rank": 9, "year": 2026, "modality": "actual"},
        ],
    },
    {
        "text": '全区5G用户渗透率、电信业务收入增幅等5项指标居全国第一。',
        "published": 2026,
        "region": '宁夏回族自治区',
        "rankings": [
            {"subject": "宁夏回族自治区", "criterion": "5G用户渗透率", "scope": "全国", "rank": 1, "year": 2026, "modality": "actual"},
            {"subject": "宁夏回族自治区", "criterion": "电信业务收入增幅", "scope": "全国", "rank": 1, "year": 2026, "modality": "actual"},
        ],
    },
    {
        "text": '承办100多项国际性和全国性赛事，荣获全国首届“县BA”冠军、沿黄省区农民篮球赛冠军。',
        "published": 2026,
        "region": '宁夏回族自治区',
        "rankings": [
            {"subject": "宁夏回族自治区", "criterion": "全国首届“县BA”", "scope": "全国", "rank": 1, "year": 2026, "modality": "actual"},
            {"subject": "宁夏回族自治区", "criterion": "沿黄省区农民篮球赛", "scope": "沿黄省区", "rank": 1, "year": 2026, "modality": "actual"},
        ],
    },
    {
        "text": '“海鱼陆养”走在西北前列，马铃薯综合开发、乡村旅游分获全国农村创业项目大赛一、二等奖。',
        "published": 2026,
        "region": '宁夏回族自治区',
        "rankings": [
            {"subject": "宁夏回族自治区", "criterion": "“海鱼陆养”", "scope": "西北", "tier": "前列", "year": 2026, "modality": "actual"},
            {"subject": "马铃薯综合开发", "criterion": "农村创业项目大赛", "scope": "全国", "tier": "一等奖", "year": 2026, "modality": "actual"},
            {"subject": "乡村旅游", "criterion": "农村创业项目大赛", "scope": "全国", "tier": "二等奖", "year": 2026, "modality": "actual"},
        ],
    },
    {
        "text": '近日,国家工信部下属的赛迪县域经济研究中心发布“县域经济100强(2018年)榜单,我省宜都市、大冶市、仙桃市、潜江市上榜,分别为第80名、第84名、第85名、第95名。',
        "published": 2018,
        "region": '湖北省',
        "rankings": [
            {"subject": "宜都市", "criterion": "县域经济100强", "scope": "全国", "rank": 80, "top": 100, "year": 2018, "modality": "actual", "publisher": "赛迪县域经济研究中心"},
            {"subject": "大冶市", "criterion": "县域经济100强", "scope": "全国", "rank": 84, "top": 100, "year": 2018, "modality": "actual", "publisher": "赛迪县域经济研究中心"},
            {"subject": "仙桃市", "criterion": "县域经济100强", "scope": "全国", "rank": 85, "top": 100, "year": 2018, "modality": "actual", "publisher": "赛迪县域经济研究中心"},
            {"subject": "潜江市", "criterion": "县域经济100强", "scope": "全国", "rank": 95, "top": 100, "year": 2018, "modality": "actual", "publisher": "赛迪县域经济研究中心"},
        ],
    },
    {
        "text": '海都讯 近日,中国信息通信研究院发布了《2016年中国工业百强县(市)发展报告》,福建7县(市)入围,分别是晋江(第5位)、南安(第27位)、石狮(第46位)。',
        "published": 2016,
        "region": '福建省',
        "rankings": [
            {"subject": "晋江", "criterion": "中国工业百强县(市)", "scope": "全国", "rank": 5, "top": 100, "year": 2016, "modality": "actual", "publisher": "中国信息通信研究院"},
            {"subject": "南安", "criterion": "中国工业百强县(市)", "scope": "全国", "rank": 27, "top": 100, "year": 2016, "modality": "actual", "publisher": "中国信息通信研究院"},
            {"subject": "石狮", "criterion": "中国工业百强县(市)", "scope": "全国", "rank": 46, "top": 100, "year": 2016, "modality": "actual", "publisher": "中国信息通信研究院"},
        ],
    },
    {
        "text": '日前, 国家工信部官方发布的“全国工业强县市”榜单, 浙江省一共有15个县市上榜! 排名 地区 地级市 县(市) 1 江苏 无锡市 江阴市 2 江苏 苏州市 昆山市 3 江苏 苏州市 张家港市',
        "published": 2017,
        "rankings": [
            {"subject": "江阴市", "criterion": "全国工业强县市", "scope": "全国", "rank": 1, "year": 2017, "modality": "actual", "publisher": "国家工信部"},
            {"subject": "昆山市", "criterion": "全国工业强县市", "scope": "全国", "rank": 2, "year": 2017, "modality": "actual", "publisher": "国家工信部"},
            {"subject": "张家港市", "criterion": "全国工业强县市", "scope": "全国", "rank": 3, "year": 2017, "modality": "actual", "publisher": "国家工信部"},
        ],
    },
    {
        "text": '全国工业百强县(市)前十:\n1.江苏昆山市\n2.江苏江阴市\n3.江苏常熟市',
        "published": 2016,
        "region": '福建省',
        "rankings": [
            {"subject": "昆山市", "criterion": "全国工业百强县(市)", "scope": "全国", "rank": 1, "top": 100, "year": 2016, "modality": "actual"},
            {"subject": "江阴市", "criterion": "全国工业百强县(市)", "scope": "全国", "rank": 2, "top": 100, "year": 2016, "modality": "actual"},
            {"subject": "常熟市", "criterion": "全国工业百强县(市)", "scope": "全国", "rank": 3, "top": 100, "year": 2016, "modality": "actual"},
        ],
    },
    {
        "text": '新昌跻身全国投资潜力百强县、科技创新百强县、绿色发展百强县等多个百强榜单,发展水平持续跃升,全国县域综合竞争力排名提升至第52位。',
        "published": 2024,
        "region": '新昌县',
        "rankings": [
            {"subject": "新昌县", "criterion": "全国投资潜力百强县", "scope": "全国", "top": 100, "year": 2024, "modality": "actual"},
            {"subject": "新昌县", "criterion": "科技创新百强县", "scope": "全国", "top": 100, "year": 2024, "modality": "actual"},
            {"subject": "新昌县", "criterion": "绿色发展百强县", "scope": "全国", "top": 100, "year": 2024, "modality": "actual"},
            {"subject": "新昌县", "criterion": "全国县域综合竞争力", "scope": "全国", "rank": 52, "year": 2024, "modality": "actual"},
        ],
    },
    {
        "text": '2022年实现地区生产总值1479.21亿元、增长5.3%,经济总量和增速分别居全省34个类区县第1位、第2位,连续四年蝉联全省县域经济发展先进县,成功入选全国乡村振兴百强县、中国西部百强县。',
        "published": 2023,
        "region": '三台县',
        "rankings": [
            {"subject": "三台县", "criterion": "经济总量", "scope": "全省", "rank": 1, "year": 2022, "modality": "actual"},
            {"subject": "三台县", "criterion": "增速", "scope": "全省", "rank": 2, "year": 2022, "modality": "actual"},
            {"subject": "三台县", "criterion": "县域经济发展", "scope": "全省", "tier": "先进县", "year": 2022, "modality": "actual"},
            {"subject": "三台县", "criterion": "全国乡村振兴百强县", "scope": "全国", "top": 100, "year": 2022, "modality": "actual"},
            {"subject": "三台县", "criterion": "中国西部百强县", "scope": "中国西部", "top": 100, "year": 2022, "modality": "actual"},
        ],
    },
    {
        "text": '近年来,我县锚定“稳步走在全市县域经济第一方阵,持续领跑全省农产品主产区县”目标,加快推动农业大县向产业大县跃升。',
        "published": 2023,
        "region": '三台县',
        "rankings": [
            {"subject": "三台县", "criterion": "县域经济", "scope": "全市", "tier": "第一方阵", "year": None, "modality": "target"},
        ],
    },
    {
        "text": '初步核算,全年完成地区生产总值295.4亿元,按可比价格计算,比上年增长7.7%,增速高于全市平均水平5.7个百分点,位居六区两县第1位。',
        "published": 2022,
        "region": '潘集区',
        "rankings": [
            {"subject": "潘集区", "criterion": "地区生产总值增速", "scope": "六区两县", "rank": 1, "year": 2022, "modality": "actual"},
        ],
    },
    {
        "text": '主要经济指标中,工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一。',
        "published": 2018,
        "region": '房县',
        "rankings": [
            {"subject": "房县", "criterion": "工业增加值增速", "scope": "全市", "rank": 1, "year": 2018, "modality": "actual"},
            {"subject": "房县", "criterion": "工业投资增速", "scope": "全市", "rank": 1, "year": 2018, "modality": "actual"},
            {"subject": "房县", "criterion": "地方一般公共预算收入增速", "scope": "全市", "rank": 1, "year": 2018, "modality": "actual"},
        ],
    },
    {
        "text": '在16个县市区(含其他县市区比拼对象)经济指标综合排名中,我县由二季度的第12位上升到第6位,是对标地区中上升幅度最大的县。',
        "published": 2018,
        "region": '房县',
        "rankings": [
            {"subject": "房县", "criterion": "经济指标综合排名", "scope": "16个县市区", "rank": 6, "year": 2018, "modality": "actual"},
        ],
    },
    {
        "text": '信息化和工业化融合发展水平居西北第一。',
        "published": 2026,
        "region": '宁夏回族自治区',
        "rankings": [
            {"subject": "宁夏回族自治区", "criterion": "信息化和工业化融合发展水平", "scope": "西北", "rank": 1, "year": 2026, "modality": "actual"},
        ],
    },
]

FEATURES = [
    {
        "text": '2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕。',
        "rankings": [],
    },
    {
        "text": '海口市2024年第三批重大项目集中开工仪式举行，第Y01版:要闻。',
        "rankings": [],
    },
    {
        "text": '坚持“第一议题”制度，高标准完成十五届市委第一轮巡察。',
        "rankings": [],
    },
    {
        "text": '第一，要坚持稳中求进；第二，要狠抓项目建设。',
        "rankings": [],
    },
    {
        "text": '加快推进第一人民医院、妇幼保健院改扩建，第一书记要在第一时间到岗。',
        "rankings": [],
    },
    {
        "text": '第二季度地区生产总值增长5%，道路交通事故亡人数较前三年均值下降20%以上。',
        "rankings": [],
    },
    {
        "text": '坚决在高质量赶超发展中挑大梁、走前列。',
        "rankings": [],
    },
    {
        "text": '新增国家专精特新“小巨人”、国家制造业单项冠军、上市企业各1家。',
        "rankings": [],
    },
    {
        "text": '此次上榜百强县,瓦房店市较去年前进3位。',
        "rankings": [],
    },
    {
        "text": '2家企业获省科技进步奖一等奖。',
        "rankings": [],
    },
    {
        "text": '龙山法庭获评全国法院先进集体，新增省优秀解码项目3个。',
        "rankings": [],
    },
    {
        "text": '力争高质量发展主要指标进入全省第一方阵。',
        "rankings": [
            {"subject": "永康市", "criterion": "高质量发展主要指标", "scope": "全省", "tier": "第一方阵", "year": None, "modality": "target"},
        ],
    },
    {
        "text": '专用服装、健康食品产业园被授牌为绵阳市特色(专业)园区。',
        "rankings": [],
    },
    {
        "text": '2023年二季度县(市)城市综合管理工作评估结果排名依次为\n枝江市(88.19)\n当阳市(84.82)\n远安县(84.03)',
        "published": 2023, "region": "枝江市",
        "note": "an ordered list after 依次为, one place a line (with its score)",
        "rankings": [{"subject": "枝江市", "criterion": "二季度县(市)城市综合管理工作评估", "rank": 1, "year": 2023},
                     {"subject": "当阳市", "rank": 2}, {"subject": "远安县", "rank": 3}],
    },
    {
        "text": '全县各乡镇考核排名依次为:城关镇、新华镇、东风镇。',
        "published": 2023, "region": "枝江市",
        "note": "an ordered list after 依次为 in the sentence",
        "rankings": [{"subject": "城关镇", "criterion": "全县各乡镇考核", "rank": 1},
                     {"subject": "新华镇", "rank": 2}, {"subject": "东风镇", "rank": 3}],
    },
    {
        "text": '枝江市政府荣获“县市评估第一”。',
        "published": 2023, "region": "枝江市",
        "note": "blind held-out set 7: the place of a 政府 is the subject",
        "rankings": [{"subject": "枝江市", "rank": 1}],
    },
]


BUGS = [
    {
        "text": '地方一般公共预算收入增速居全国第八，税收收入增速居全国第二。全体居民人均可支配收入增长5.5%，居全国第五，其中城镇、农村居民收入分别增长4.8%、5.9%，分别居全国第四、第八。',
        "published": 2026,
        "region": '宁夏回族自治区',
        "rankings": [
            {"subject": "宁夏回族自治区", "criterion": "地方一般公共预算收入增速", "scope": "全国", "rank": 8, "year": 2026, "modality": "actual"},
            {"subject": "宁夏回族自治区", "criterion": "税收收入增速", "scope": "全国", "rank": 2, "year": 2026, "modality": "actual"},
            {"subject": "宁夏回族自治区", "criterion": "全体居民人均可支配收入增速", "scope": "全国", "rank": 5, "year": 2026, "modality": "actual"},
            {"subject": "宁夏回族自治区", "criterion": "城镇居民收入增速", "scope": "全国", "rank": 4, "year": 2026, "modality": "actual"},
            {"subject": "宁夏回族自治区", "criterion": "农村居民收入增速", "scope": "全国", "rank": 8, "year": 2026, "modality": "actual"},
        ],
    },
    {
        "text": '三季度经济指标、项目拉练综合排名全市第四,位居郧阳区、丹江口市、茅箭区之后。',
        "published": 2018,
        "region": '房县',
        "rankings": [
            {"subject": "房县", "criterion": "经济指标、项目拉练综合排名", "scope": "全市", "rank": 4, "year": 2018, "modality": "actual"},
        ],
    },
    {
        "text": '其中,地方一般公共预算收入、规模工业增加值增速均居全市七县(市)第二。',
        "published": 2019,
        "region": '衡南县',
        "rankings": [
            {"subject": "衡南县", "criterion": "地方一般公共预算收入增速", "scope": "全市", "rank": 2, "year": 2019, "modality": "actual"},
            {"subject": "衡南县", "criterion": "规模工业增加值增速", "scope": "全市", "rank": 2, "year": 2019, "modality": "actual"},
        ],
    },
    {
        "text": '1-9月,鄂尔多斯市的476户规模以上工业增加值增长7.8%,较2019年同期下降4.6%,两年平均下降2.3%,位列全区第四。',
        "published": 2021,
        "region": '鄂尔多斯市',
        "rankings": [
            {"subject": "鄂尔多斯市", "criterion": "规模以上工业增加值增速", "scope": "全区", "rank": 4, "year": 2021, "modality": "actual"},
        ],
    },
    {
        "text": '社会消费品零售总额、5000万元以上项目投资2项指标增速全市第二。',
        "published": 2018,
        "region": '房县',
        "rankings": [
            {"subject": "房县", "criterion": "社会消费品零售总额增速", "scope": "全市", "rank": 2, "year": 2018, "modality": "actual"},
            {"subject": "房县", "criterion": "5000万元以上项目投资增速", "scope": "全市", "rank": 2, "year": 2018, "modality": "actual"},
        ],
    },
    # blind held-out set 2 (2026-12-01): a list of fields under one verb lost its places
    {
        "text": '长沙县荣登全国发展潜力百强县榜首,位居全国百强县投资潜力第3、新型城镇化质量第4、工业百强第7。',
        "published": 2023, "region": "长沙县",
        "rankings": [
            {"subject": "长沙县", "criterion": "全国发展潜力百强县", "scope": "全国", "rank": 1, "top": 100},
            {"subject": "长沙县", "criterion": "全国百强县投资潜力", "scope": "全国", "rank": 3, "top": 100},
            {"subject": "长沙县", "criterion": "新型城镇化质量", "scope": "全国", "rank": 4},
            {"subject": "长沙县", "criterion": "工业百强", "scope": "全国", "rank": 7, "top": 100},
        ],
    },
    {
        "text": '黄花镇入列中国百强镇。',
        "published": 2023, "region": "长沙县",
        "note": "blind held-out set 2: 入列 is a trigger; a town the gazetteer does not list is the subject",
        "rankings": [{"subject": "黄花镇", "criterion": "中国百强镇", "scope": "全国", "top": 100}],
    },
    {
        "text": '省委、省政府为2021年全省县域经济发展十强县和先进县颁发了奖牌。',
        "published": 2022, "region": "酒泉市",
        "note": "blind held-out set 2: 为 … 颁发 hands out awards, it places nobody",
        "rankings": [],
    },
    {
        "text": '酒泉市5个县(市、区)获省上县域经济发展表彰,获奖数全省第一。',
        "published": 2022, "region": "酒泉市",
        "note": "blind held-out set 2: 获奖数 is a noun, not the verb 获",
        "rankings": [{"subject": "酒泉市", "criterion": "获奖数", "scope": "全省", "rank": 1}],
    },
    {
        "text": '全县地区生产总值总量为52.22亿元,同比增长4.0%,六县市排名第三。',
        "published": 2025, "region": "郏县",
        "note": "blind held-out set 3: the group before 排名 is the scope; the growth is ranked",
        "rankings": [{"subject": "郏县", "criterion": "地区生产总值增速", "scope": "六县市", "rank": 3}],
    },
    {
        "text": '日前，2019中国西部百强县市名单发布。名单中,广汉市竞争力指数为81.75,排名第18位。',
        "published": 2019, "region": "德阳市",
        "note": "blind held-out set 3: 名单中 — the place is in the list named before, not ranked by the index",
        "rankings": [{"subject": "广汉市", "criterion": "中国西部百强县市", "rank": 18, "top": 100}],
    },
    {
        "text": '据悉,肥西县继2009年跻身全国百强,名列第94位、中部第10位之后,2010年再次荣膺“全国百强县”称号,并跃升至全国第90位、中部第7位。',
        "published": 2011, "region": "肥西县",
        "note": "blind held-out set 4: places in the list named earlier in the sentence, each under the year written before it",
        "rankings": [
            {"subject": "肥西县", "criterion": "全国百强", "scope": "全国", "top": 100, "year": 2009},
            {"subject": "肥西县", "criterion": "全国百强", "scope": "全国", "rank": 94, "year": 2009},
            {"subject": "肥西县", "criterion": "全国百强", "scope": "中部", "rank": 10, "year": 2009},
            {"subject": "肥西县", "criterion": "全国百强", "scope": "全国", "rank": 90, "year": 2010},
            {"subject": "肥西县", "criterion": "全国百强", "scope": "中部", "rank": 7, "year": 2010},
        ],
    },
    # blind held-out set 5 (2026-12-01)
    {
        "text": '2020中国西部百强县揭晓,平果市再上榜单,位列第59位。',
        "published": 2020, "region": "平果市",
        "note": "the list named before 揭晓; 再上榜单 is no list name",
        "rankings": [{"subject": "平果市", "criterion": "中国西部百强县", "rank": 59, "top": 100}],
    },
    {
        "text": '内蒙古准格尔旗、陕西神木市、贵州仁怀市居各省份西部百强县首位。',
        "published": 2020, "region": "平果市",
        "note": "a province before each place locates it; 神木 became a 市 after the gazetteer",
        "rankings": [{"subject": "准格尔旗", "rank": 1}, {"subject": "神木市", "rank": 1},
                     {"subject": "仁怀市", "rank": 1}],
    },
    {
        "text": '全市规模以上工业实现利润44.6亿元,增长1.2%,居全省第18位。',
        "published": 2021, "region": "济源市",
        "note": "blind held-out set 6: the growth clause before the place names no field of its own",
        "rankings": [{"subject": "济源市", "criterion": "规模以上工业实现利润增速", "scope": "全省", "rank": 18}],
    },
    # blind held-out set 8 (2026-12-01)
    {
        "text": '湖北省保持了相同的百强县入选数量。',
        "published": 2024, "region": "湖北省",
        "note": "how many are on a list is no place on it",
        "rankings": [],
    },
    {
        "text": '一季度银川规模以上工业增加值同比增长14.8%,位居全区五地市中第1位。',
        "published": 2023, "region": "银川市",
        "note": "the places ranked among (五地市) are no criterion",
        "rankings": [{"criterion": "规模以上工业增加值增速", "rank": 1}],
    },
    {
        "text": '2023年二季度县(市)城市综合管理工作评估结果排名依次为\n枝江市(88.19)\n当阳市(84.82)\n五峰土家族自治县(73.23\n)\n兴山县(67.43)',
        "published": 2023, "region": "枝江市",
        "note": "blind held-out set 7 in PDF columns: a score's bracket broken off by the line end",
        "rankings": [{"subject": "枝江市", "rank": 1}, {"subject": "当阳市", "rank": 2},
                     {"subject": "五峰土家族自治县", "rank": 3}, {"subject": "兴山县", "rank": 4}],
    },
]

BUGS += [
    # 「主要」 is no 「要」: a reported position, not an aim
    {
        "text": "经济发展好于预期,主要指标增速居全市前列。",
        "published": 2024,
        "region": "新昌县",
        "rankings": [
            {"subject": "新昌县", "criterion": "主要指标增速", "scope": "全市", "tier": "前列", "year": 2024, "modality": "actual"},
        ],
    },
    # an aim reached is a fact
    {
        "text": "十是全区教育布局持续优化，特别是普通高中升学率实现3年跨进全国前列目标。",
        "published": 2026,
        "region": "宁夏回族自治区",
        "rankings": [
            {"subject": "宁夏回族自治区", "criterion": "普通高中升学率", "scope": "全国", "tier": "前列", "year": 2026, "modality": "actual"},
        ],
    },
]

# Items of a list named before (holdout h03 pattern): a tally 「N个县(市)登榜/入围」, then
# 「其中X排名第N，Y第M……」 — every item is a ranking of X in the list named earlier (a 《》 title,
# an unquoted 「…榜单」 or 「发布…百强县」), never of the tally clause; no cap on the number of items;
# the scope is the list's region (西部/中部), not 全国.
BUGS += [
    {
        "text": "日前，赛迪顾问发布2023赛迪中部百强县榜单，湖北15个县(市)上榜。宜昌共6个县市登榜，其中夷陵排名第3，枝江排名第11，当阳排名第25，远安排名第60，长阳排名第77，秭归排名第89。",
        "published": 2023,
        "region": "宜昌市",
        "rankings": [
            {"subject": s, "criterion": "2023赛迪中部百强县", "scope": "中部", "rank": n, "year": 2023, "publisher": "赛迪顾问"}
            for s, n in [("夷陵", 3), ("枝江", 11), ("当阳", 25), ("远安", 60), ("长阳", 77), ("秭归", 89)]
        ],
    },
    {
        "text": "工信部赛迪研究院发布《2022西部百强县报告》，成都共7个区(市)县入围，其中简阳第7，彭州第8，金堂第16，都江堰第23，崇州第32，邛崃第40，大邑第54。",
        "published": 2022,
        "region": "成都市",
        "rankings": [
            {"subject": s, "criterion": "2022西部百强县", "scope": "西部", "rank": n, "year": 2022}
            for s, n in [("简阳", 7), ("彭州", 8), ("金堂", 16), ("都江堰", 23), ("崇州", 32), ("邛崃", 40), ("大邑", 54)]
        ],
    },
    {
        "text": "赛迪顾问发布2022赛迪西部百强县。成都共7个区(市)县登榜，其中简阳排名第7，崇州第32，邛崃第40，大邑第54。",
        "published": 2022,
        "region": "成都市",
        "rankings": [
            {"subject": s, "criterion": "2022赛迪西部百强县", "scope": "西部", "rank": n, "year": 2022}
            for s, n in [("简阳", 7), ("崇州", 32), ("邛崃", 40), ("大邑", 54)]
        ],
    },
    {   # the list named in the tally itself; items joined by 、
        "text": "2022年，绵阳共4个县(市)进入西部百强县，其中江油第21、三台第35、安州第62、梓潼第90。",
        "published": 2022,
        "region": "绵阳市",
        "rankings": [
            {"subject": s, "criterion": "西部百强县", "scope": "西部", "rank": n, "year": 2022}
            for s, n in [("江油", 21), ("三台", 35), ("安州", 62), ("梓潼", 90)]
        ],
    },
    {   # the tally in the sentence before, the items after 「其中」
        "text": "中郡研究所发布2021西部百强县榜单。眉山共2个县登榜。其中仁寿排名第12，彭山排名第70。",
        "published": 2021,
        "region": "眉山市",
        "rankings": [
            {"subject": "仁寿", "criterion": "2021西部百强县", "scope": "西部", "rank": 12, "year": 2021, "publisher": "中郡研究所"},
            {"subject": "彭山", "criterion": "2021西部百强县", "scope": "西部", "rank": 70, "year": 2021, "publisher": "中郡研究所"},
        ],
    },
    {   # a tally without a list named anywhere: nothing to rank in
        "text": "宜昌共5个县市登榜，其中夷陵排名第3，枝江排名第11。",
        "published": 2023,
        "region": "宜昌市",
        "rankings": [],
    },
    # a 西部/中部 list names its own field, in the same clause too
    {
        "text": "简阳市入选2022赛迪西部百强县。",
        "published": 2022,
        "region": "成都市",
        "rankings": [{"subject": "简阳市", "criterion": "2022赛迪西部百强县", "scope": "西部", "top": 100, "year": 2022}],
    },
    {
        "text": "三台县入选中国西部百强县。",
        "published": 2022,
        "region": "绵阳市",
        "rankings": [{"subject": "三台县", "criterion": "中国西部百强县", "scope": "中国西部", "top": 100, "year": 2022}],
    },
    {
        "text": "2023年，我市位列2023赛迪中部百强县第12位。",
        "published": 2023,
        "region": "枝江市",
        "rankings": [{"subject": "枝江市", "criterion": "2023赛迪中部百强县", "scope": "中部", "rank": 12, "year": 2023}],
    },
    # a count of members (N个县进入百强) is a tally, not a ranking of the home region
    {
        "text": "2022年西部地区12省(市、区)中共有10个省(市、区)的县(市、自治县)进入西部百强县。",
        "published": 2022,
        "region": "成都市",
        "rankings": [],
    },
    {
        "text": "四川省共有36个县(市)上榜西部百强。",
        "published": 2022,
        "region": "成都市",
        "rankings": [],
    },
    {
        "text": "我市3家企业入选中国民营企业500强。",
        "rankings": [],
    },
    # a grade word in ordinary prose is no tier; with an assessment it is
    {
        "text": "要抓好当前，为党代会召开营造良好环境。",
        "published": 2021,
        "region": "涡阳县",
        "rankings": [],
    },
    {
        "text": "为群众提供优秀服务，营造良好氛围，树立先进典型。",
        "rankings": [],
    },
    {
        "text": "我县被评为全省平安建设先进县。",
        "published": 2021,
        "region": "涡阳县",
        "rankings": [{"subject": "涡阳县", "criterion": "平安建设", "tier": "先进县", "scope": "全省"}],
    },
]

BUGS += [
    {   # organisations as the items of a list named before
        "text": "全国工商联发布2024中国民营企业500强榜单，我市共有3家企业上榜，其中万向集团排名第12，传化集团排名第45，吉利集团排名第130。",
        "published": 2024,
        "region": "杭州市",
        "rankings": [
            {"subject": s, "criterion": "中国民营企业500强", "scope": "全国", "rank": n, "year": 2024, "publisher": "全国工商联"}
            for s, n in [("万向集团", 12), ("传化集团", 45), ("吉利集团", 130)]
        ],
    },
]

BUGS += [
    {   # the home region among the items, and a scope word kept
        "text": "赛迪顾问发布2022赛迪西部百强县榜单，成都共3个区(市)县登榜，其中我市排名第7，彭州排名全国第8。",
        "published": 2022,
        "region": "简阳市",
        "rankings": [
            {"subject": "简阳市", "criterion": "2022赛迪西部百强县", "scope": "西部", "rank": 7, "year": 2022},
            {"subject": "彭州", "criterion": "2022赛迪西部百强县", "scope": "全国", "rank": 8, "year": 2022},
        ],
    },
]

BUGS += [
    {   # 「分别为X第N、Y第M」 after the tally, and trigger verbs in the items
        "text": "赛迪顾问发布2022赛迪西部百强县榜单，成都共3个区(市)县入围，分别为简阳第7、彭州第8、金堂第16。江油位列第21位，三台位居第35位。",
        "published": 2022,
        "region": "成都市",
        "rankings": [
            {"subject": s, "criterion": "2022赛迪西部百强县", "scope": "西部", "rank": n}
            for s, n in [("简阳", 7), ("彭州", 8), ("金堂", 16), ("江油", 21), ("三台", 35)]
        ],
    },
    {   # a list of places before 分别 is the list of subjects, the first one included
        "text": "赛迪顾问发布2022赛迪西部百强县榜单，成都共3个区(市)县入围，简阳、彭州、金堂分别排名第7、第8、第16。",
        "published": 2022,
        "region": "成都市",
        "rankings": [
            {"subject": s, "criterion": "2022赛迪西部百强县", "scope": "西部", "rank": n}
            for s, n in [("简阳", 7), ("彭州", 8), ("金堂", 16)]
        ],
    },
]

BUGS += [
    {
        "text": '在第十五届全国县域经济与县域基本竞争力百强县中,神木居21位,较上年上升1个位次。',
        "published": 2015, "region": '神木市',
        "note": 'blind held-out set 12: 居 + N位 is a rank without 第',
        "rankings": [{"criterion": "第十五届全国县域经济与县域基本竞争力百强县", "rank": 21}],
    },
    {
        "text": '渝中区获中国楼宇经济标杆城区第14强。',
        "published": 2023, "region": '渝中区',
        "note": 'blind held-out set 12: 第N强 is the N-th place, not a top-N',
        "rankings": [{"subject": "渝中区", "criterion": "中国楼宇经济标杆城区", "rank": 14}],
    },
]

BUGS += [
    {
        "text": '2016年度陕西省县域经济社会发展十强县正式公布:分别是神木县、韩城市、府谷县、凤县、彬县。',
        "published": 2017, "region": '陕西省',
        "note": 'blind held-out set 15: the places listed after a top-N list name are its members',
        "rankings": [{"subject": n, "criterion": "陕西省县域经济社会发展十强县", "top": 10, "year": 2016}
                     for n in ["神木县", "韩城市", "府谷县", "凤县", "彬县"]],
    },
    {
        "text": '雁塔区、未央区、碑林区被评为陕西省城区经济社会发展五强区。',
        "published": 2017, "region": '陕西省',
        "note": 'blind held-out set 15: 五强 before a place word is a top 5',
        "rankings": [{"subject": n, "top": 5} for n in ["雁塔区", "未央区", "碑林区"]],
    },
]

BUGS += [
    {
        "text": '2021年度安徽省县域经济高质量发展考核评价结果出炉。B类名单排名依次是天长市、长丰县、湾沚区、全椒县、广德市。',
        "published": 2022, "region": '安徽省',
        "note": 'blind held-out set 15: a district the gazetteer lacks (湾沚区, 2020) keeps its place in an ordered list',
        "rankings": [{"subject": n, "rank": k + 1} for k, n in enumerate(["天长市", "长丰县", "湾沚区", "全椒县", "广德市"])],
    },
    {
        "text": '所以以油气为主的志丹县和吴起县退出了“十强县”。',
        "published": 2017, "region": '陕西省',
        "note": 'blind held-out set 15: a place that left a list holds no place on it',
        "rankings": [],
    },
]

BUGS += [
    {
        "text": '规上工业增加值27.3亿元,增长9%,位次由第一位下滑到第六位。',
        "published": 2017, "region": '闽清县',
        "note": 'blind held-out set 18: a position lost (下滑到) ranks the figure before; 位次 is no criterion',
        "rankings": [{"subject": "闽清县", "criterion": "规上工业增加值增速", "rank": 6}],
    },
]

BUGS += [
    {
        "text": '全县规模以上工业增加值39.5亿元,同比增长32.0%,增速全市排名第一位。',
        "published": 2021, "region": '惠东县',
        "note": 'blind held-out set 19: a scope word before 排名 is the scope; 增速 alone borrows the figure before',
        "rankings": [{"criterion": "规模以上工业增加值增速", "scope": "全市", "rank": 1}],
    },
]

BUGS += [
    {
        "text": '全年规上工业增加值增长8%,全市排名第2。',
        "published": 2024, "region": '陵城区',
        "note": 'blind held-out set 24: 「全市排名第N」 after a figure: the scope before the verb',
        "rankings": [{"criterion": "规上工业增加值增速", "scope": "全市", "rank": 2}],
    },
]


BUGS += [
    {
        "text": "安宁市、蒙自市、大理市、开远市、个旧市拟入围2019年度县域经济发展“10强县”。",
        "published": 2020,
        "note": "blind held-out set 30: places listed before 拟入围 are each a member",
        "rankings": [{"subject": s, "top": 10} for s in ["安宁市", "蒙自市", "大理市", "开远市", "个旧市"]],
    },
    {
        "text": "2018年,设区市生产总值排名前三的是南昌、赣州、九江。城镇居民人均可支配收入位居全省前三的设区市是南昌、新余和景德镇。",
        "published": 2019,
        "note": "blind held-out set 30: 「排名前三的是A、B、C」 names ranks 1-3 in order",
        "rankings": [{"subject": "南昌", "criterion": "设区市生产总值", "rank": 1, "top": 3},
                     {"subject": "赣州", "rank": 2}, {"subject": "九江", "rank": 3},
                     {"subject": "南昌", "criterion": "城镇居民人均可支配收入", "rank": 1, "top": 3},
                     {"subject": "新余", "rank": 2}, {"subject": "景德镇", "rank": 3}],
    },
    {
        "text": "关于2013年上半年产业大转型考核结果的通报\n综合考核计分结果,总分居前3位的县市区分别是桂阳县、苏仙区、临武县,居第4位至第7位的县市区分别是资兴市、永兴县、宜章县、北湖区。",
        "published": 2013,
        "note": "blind held-out set 6: 总分 + 居 (not 分居); 第4位至第7位 ranks 4-7; a score ranks by the assessment reported",
        "rankings": [{"subject": "桂阳县", "rank": 1, "top": 3}, {"subject": "苏仙区", "rank": 2},
                     {"subject": "临武县", "rank": 3}, {"subject": "资兴市", "rank": 4}, {"subject": "永兴县", "rank": 5},
                     {"subject": "宜章县", "rank": 6}, {"subject": "北湖区", "rank": 7, "criterion": "产业大转型考核"}],
    },
]

BUGS += [
    {
        "text": "古浪县围绕产业发展,固定资产投资增长21.1%,增速位居武威市第一。",
        "published": 2023, "region": "武威市",
        "note": "blind held-out set 29: a rank in a paragraph about a county of home is the county's",
        "rankings": [{"subject": "古浪县", "rank": 1}],
    },
]

BUGS += [
    {
        "text": "从GDP增速看,卫滨区(含高新区)增速为9.3%,位居第1位。从整体分布来看,湖北省以8地上榜的成绩,在中部地区排名第一。",
        "published": 2023, "region": "新乡市",
        "note": "blind held-out set 29: a section lead names the criterion; 整体分布 names no indicator",
        "rankings": [{"subject": "卫滨区", "criterion": "GDP增速", "rank": 1}],
    },
]

BUGS += [
    {
        "text": "规模以上工业增加值方面,卫滨区(含高新区)增速16.7%,增速夺冠。中国队夺冠。",
        "published": 2023, "region": "新乡市",
        "note": "blind held-out set 29: 增速夺冠 is rank 1 (a race won in sport is not)",
        "rankings": [{"subject": "卫滨区", "criterion": "规模以上工业增加值", "rank": 1}],
    },
    {
        "text": "从GDP增速看,延津县以18.4%的增速夺冠。",
        "published": 2023, "region": "新乡市",
        "note": "blind held-out set 29: 「以X%的增速」 is the figure it won with, the criterion is the section's",
        "rankings": [{"subject": "延津县", "criterion": "GDP增速", "rank": 1}],
    },
]

BUGS += [
    {
        "text": "在2022年全国百强县排名中,醴陵市排名88位,长沙县排名13。2022年排名第5。",
        "published": 2023, "region": "醴陵市",
        "note": "blind held-out set 43: 排名 and a number rank without 第, the list named before; a year fragment is no criterion",
        "rankings": [{"subject": "醴陵市", "criterion": "全国百强县", "rank": 88},
                     {"subject": "长沙县", "criterion": "全国百强县", "rank": 13}],
    },
]
