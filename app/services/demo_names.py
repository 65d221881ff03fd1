"""Word lists and small builders for the demo company: names, addresses, phones, accounts.

Every builder takes the caller's ``random.Random`` so the demo stays deterministic. The names
are invented from common words; any likeness to a real firm is a coincidence of those words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# ------------------------------------------------------------------ Chinese companies
# (city, pinyin, province prefix ('' for municipalities), phone area code, districts)
CN_CITIES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("上海", "Shanghai", "", "021", ("浦东新区", "闵行区", "徐汇区", "嘉定区", "松江区", "青浦区")),
    ("北京", "Beijing", "", "010", ("朝阳区", "海淀区", "丰台区", "大兴区", "顺义区")),
    ("天津", "Tianjin", "", "022", ("滨海新区", "西青区", "津南区")),
    ("重庆", "Chongqing", "", "023", ("渝北区", "九龙坡区", "江北区")),
    ("苏州", "Suzhou", "江苏省", "0512", ("工业园区", "吴中区", "相城区", "高新区")),
    ("无锡", "Wuxi", "江苏省", "0510", ("新吴区", "滨湖区", "锡山区")),
    ("南京", "Nanjing", "江苏省", "025", ("江宁区", "鼓楼区", "栖霞区")),
    ("常州", "Changzhou", "江苏省", "0519", ("武进区", "新北区")),
    ("南通", "Nantong", "江苏省", "0513", ("崇川区", "通州区")),
    ("杭州", "Hangzhou", "浙江省", "0571", ("余杭区", "萧山区", "滨江区", "西湖区")),
    ("宁波", "Ningbo", "浙江省", "0574", ("鄞州区", "北仑区", "慈溪市")),
    ("温州", "Wenzhou", "浙江省", "0577", ("鹿城区", "瓯海区", "乐清市")),
    ("义乌", "Yiwu", "浙江省金华市", "0579", ("稠城街道", "北苑街道")),
    ("嘉兴", "Jiaxing", "浙江省", "0573", ("南湖区", "秀洲区")),
    ("广州", "Guangzhou", "广东省", "020", ("天河区", "番禺区", "白云区", "黄埔区")),
    ("深圳", "Shenzhen", "广东省", "0755", ("南山区", "宝安区", "龙岗区", "福田区")),
    ("东莞", "Dongguan", "广东省", "0769", ("长安镇", "虎门镇", "松山湖")),
    ("佛山", "Foshan", "广东省", "0757", ("顺德区", "南海区")),
    ("厦门", "Xiamen", "福建省", "0592", ("湖里区", "思明区", "集美区")),
    ("福州", "Fuzhou", "福建省", "0591", ("鼓楼区", "仓山区")),
    ("青岛", "Qingdao", "山东省", "0532", ("黄岛区", "城阳区", "市南区")),
    ("济南", "Jinan", "山东省", "0531", ("历下区", "槐荫区")),
    ("合肥", "Hefei", "安徽省", "0551", ("蜀山区", "包河区")),
    ("武汉", "Wuhan", "湖北省", "027", ("江汉区", "洪山区", "东西湖区")),
    ("长沙", "Changsha", "湖南省", "0731", ("岳麓区", "雨花区")),
    ("成都", "Chengdu", "四川省", "028", ("武侯区", "高新区", "双流区")),
    ("西安", "Xi'an", "陕西省", "029", ("雁塔区", "未央区")),
    ("郑州", "Zhengzhou", "河南省", "0371", ("金水区", "管城回族区")),
    ("沈阳", "Shenyang", "辽宁省", "024", ("浑南区", "铁西区")),
    ("大连", "Dalian", "辽宁省", "0411", ("甘井子区", "金州区")),
)
HONG_KONG = ("香港", "Hong Kong", "", "852", ("九龙观塘", "湾仔", "尖沙咀", "荃湾"))

# Syllables of trade names: (character, pinyin)
BRAND_SYLLABLES: tuple[tuple[str, str], ...] = (
    ("华", "hua"), ("信", "xin"), ("鑫", "xin"), ("达", "da"), ("恒", "heng"), ("泰", "tai"),
    ("盛", "sheng"), ("源", "yuan"), ("宏", "hong"), ("瑞", "rui"), ("丰", "feng"), ("隆", "long"),
    ("昌", "chang"), ("德", "de"), ("利", "li"), ("通", "tong"), ("宇", "yu"), ("佳", "jia"),
    ("联", "lian"), ("创", "chuang"), ("新", "xin"), ("科", "ke"), ("嘉", "jia"), ("美", "mei"),
    ("安", "an"), ("永", "yong"), ("金", "jin"), ("海", "hai"), ("天", "tian"), ("远", "yuan"),
    ("博", "bo"), ("辰", "chen"), ("晟", "sheng"), ("凯", "kai"), ("川", "chuan"), ("润", "run"),
    ("诚", "cheng"), ("祥", "xiang"), ("和", "he"), ("兴", "xing"), ("汇", "hui"), ("铭", "ming"),
    ("峰", "feng"), ("锦", "jin"), ("鸿", "hong"), ("亿", "yi"), ("耀", "yao"), ("中", "zhong"),
    ("弘", "hong"), ("启", "qi"), ("航", "hang"), ("帆", "fan"), ("明", "ming"), ("荣", "rong"),
    ("益", "yi"), ("正", "zheng"), ("力", "li"), ("富", "fu"), ("立", "li"), ("光", "guang"),
)

# (Chinese industry word, English)
INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("贸易", "Trading"), ("电子科技", "Electronic Technology"), ("机械设备", "Machinery & Equipment"),
    ("化工", "Chemical"), ("纺织", "Textile"), ("包装材料", "Packaging Materials"), ("食品", "Food"),
    ("物流", "Logistics"), ("建材", "Building Materials"), ("医疗器械", "Medical Devices"),
    ("汽车零部件", "Auto Parts"), ("五金制品", "Hardware Products"), ("塑料制品", "Plastic Products"),
    ("新材料", "New Materials"), ("信息技术", "Information Technology"),
    ("环保科技", "Environmental Technology"), ("光电", "Optoelectronics"),
    ("精密模具", "Precision Mould"), ("家具", "Furniture"), ("服饰", "Apparel"),
    ("实业", "Industrial"), ("供应链管理", "Supply Chain Management"),
    ("工程技术", "Engineering Technology"), ("照明电器", "Lighting & Electrical"),
    ("生物科技", "Biotechnology"), ("进出口", "Import & Export"), ("印务", "Printing"),
    ("电气", "Electric"), ("自动化设备", "Automation Equipment"), ("新能源", "New Energy"),
    ("金属制品", "Metal Products"), ("纸业", "Paper"), ("橡胶制品", "Rubber Products"),
    ("陶瓷", "Ceramics"), ("日用品", "Daily Necessities"), ("仪器仪表", "Instruments"),
    ("电子商务", "E-commerce"), ("电子", "Electronics"), ("酒店用品", "Hotel Supplies"),
    ("文具", "Stationery"),
)
CN_FORMS: tuple[tuple[str, str, int], ...] = (
    ("有限公司", "Co., Ltd.", 80), ("股份有限公司", "Co., Ltd.", 12), ("有限责任公司", "Co., Ltd.", 8),
)
ROADS = ("人民路", "中山路", "解放路", "建设路", "长江路", "黄河路", "新华路", "和平路", "科技路",
         "工业大道", "创业路", "滨江大道", "延安路", "光明路", "东方路", "世纪大道", "学府路",
         "金桥路", "高新路", "开发大道", "星湖街", "春申路", "迎宾大道", "振兴路", "福海路")

SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
    ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
    ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
)
GIVEN: tuple[tuple[str, str], ...] = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
    ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"),
    ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂", "gui"), ("婷", "ting"), ("晨", "chen"),
    ("宇", "yu"), ("欣", "xin"), ("浩", "hao"), ("玲", "ling"), ("鹏", "peng"), ("雪", "xue"),
    ("海", "hai"), ("文", "wen"), ("建", "jian"), ("华", "hua"), ("国", "guo"), ("红", "hong"),
)

# ------------------------------------------------------------------ English-named companies
EN_FIRST = ("Anderson", "Baker", "Carter", "Dalton", "Ellis", "Fischer", "Graham", "Hartley",
            "Keller", "Lambert", "Meyer", "Norton", "Parker", "Quinn", "Reed", "Schneider",
            "Turner", "Vogel", "Walker", "Weber", "Young", "Brandt", "Hoffmann", "Jansen",
            "De Vries", "Rossi", "Moreau", "Bernard", "Bianchi", "Lindqvist", "Novak", "Sutton",
            "Bluewater", "Silverline", "Greenfield", "Redwood", "Summit", "Pioneer", "Horizon",
            "Atlas", "Beacon", "Crescent", "Evergreen", "Harbor", "Keystone", "Lakeside",
            "Meridian", "Oakridge", "Pinnacle", "Riverside", "Starlight", "Westbridge", "Nordic",
            "Coastal", "Golden Gate", "Trident", "Falcon", "Sterling", "Cobalt", "Maple")
EN_SECOND = ("Trading", "Imports", "Supply", "Industries", "Electronics", "Logistics",
             "Components", "Distribution", "Retail", "Packaging", "Textiles", "Foods", "Machinery",
             "Tools", "Home Goods", "Lighting", "Outdoor", "Medical", "Technologies", "Materials",
             "Sourcing", "Brands", "Hardware", "Interiors", "Apparel", "Parts", "Solutions")
DE_SECOND = ("Handels", "Technik", "Maschinenbau", "Logistik", "Elektronik", "Industrie",
             "Import-Export", "Vertrieb", "Werkzeuge", "Verpackung")
EN_GIVEN = ("James", "Mary", "John", "Linda", "Michael", "Sarah", "David", "Emma", "Thomas",
            "Anna", "Daniel", "Laura", "Peter", "Julia", "Mark", "Sophie", "Paul", "Claire",
            "Lukas", "Marie", "Jan", "Eva", "Marco", "Giulia", "Pierre", "Camille", "Kevin",
            "Grace")
EN_LAST = ("Smith", "Johnson", "Brown", "Miller", "Wilson", "Taylor", "Clark", "Lewis", "Hughes",
           "Müller", "Schmidt", "Wagner", "Becker", "de Jong", "Bakker", "Visser", "Dubois",
           "Laurent", "Ricci", "Romano", "Chan", "Wong", "Leung", "Tan", "Lim", "O'Brien")


@dataclass(frozen=True)
class Country:
    key: str
    currency: str
    suffixes: tuple[str, ...]
    cities: tuple[str, ...]
    phone_prefix: str
    tld: str
    weight: int


EN_COUNTRIES: tuple[Country, ...] = (
    Country("US", "USD", ("Inc.", "LLC", "Corp."),
            ("New York, NY", "Los Angeles, CA", "Chicago, IL", "Houston, TX", "Seattle, WA",
             "Atlanta, GA"), "+1", "com", 26),
    Country("UK", "USD", ("Ltd", "Ltd.", "plc"), ("London", "Manchester", "Birmingham", "Leeds"),
            "+44", "co.uk", 10),
    Country("DE", "EUR", ("GmbH", "AG", "GmbH & Co. KG"),
            ("Hamburg", "München", "Frankfurt am Main", "Düsseldorf", "Stuttgart"), "+49", "de",
            14),
    Country("NL", "EUR", ("B.V.",), ("Rotterdam", "Amsterdam", "Eindhoven"), "+31", "nl", 7),
    Country("FR", "EUR", ("SARL", "SAS"), ("Paris", "Lyon", "Marseille"), "+33", "fr", 5),
    Country("IT", "EUR", ("S.r.l.", "S.p.A."), ("Milano", "Torino", "Bologna"), "+39", "it", 4),
    Country("HK", "HKD", ("Limited", "Company Limited"), ("Kwun Tong, Kowloon", "Wan Chai",
                                                         "Tsim Sha Tsui", "Tsuen Wan"),
            "+852", "com.hk", 12),
    Country("SG", "USD", ("Pte. Ltd.",), ("Singapore",), "+65", "com.sg", 6),
    Country("CN", "CNY", ("(Shanghai) Co., Ltd.", "(Suzhou) Co., Ltd.", "(China) Co., Ltd."),
            ("上海市浦东新区", "江苏省苏州市工业园区", "上海市闵行区"), "+86", "com", 16),
)

STREETS = ("Main", "Harbour", "King", "Park", "Market", "Industrial", "Station", "River", "Church",
           "Mill", "Bridge", "High")


# ------------------------------------------------------------------ reasons (zh / en)

CANCEL_REASONS = {
    "zh": ("开票信息错误，已重开", "客户取消订单", "重复开票"),
    "en": ("Issued to the wrong entity; re-issued", "Order cancelled by the customer",
           "Duplicate invoice"),
}
RETURN_REASONS = {
    "zh": ("退货：质量问题", "退货：型号发错"),
    "en": ("Goods returned: quality defect", "Goods returned: wrong model shipped"),
}
PRICE_REASONS = {
    "zh": ("价格调整：按合同价", "数量短少折让", "年度返利"),
    "en": ("Price correction to contract price", "Short delivery allowance", "Volume rebate"),
}
DISPUTE_REASONS = {
    "zh": ("客户称部分货物破损，待核实", "单价与合同不符", "客户称未收到货物", "数量差异，待对账"),
    "en": ("Customer reports damaged goods; under review", "Unit price differs from the PO",
           "Customer says goods not received", "Quantity mismatch; awaiting reconciliation"),
}


# ------------------------------------------------------------------ builders
@dataclass(frozen=True)
class CompanyName:
    name: str
    language: str                      # 'zh' | 'en'
    currency: str
    short: str                         # what it is called day to day
    english: str                       # English name ('' when the name already is English)
    bank_name: str                     # how it appears on a bank statement
    contact: str
    email: str
    phone: str
    address: str
    country: str                       # 'CN', 'HK', 'US', ...


def _weighted(rng: random.Random, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def chinese_person(rng: random.Random) -> tuple[str, str, str]:
    """(name, pinyin given, pinyin surname), e.g. ('王丽', 'li', 'wang')."""
    sur, sur_py = rng.choice(SURNAMES)
    n = 1 if rng.random() < 0.45 else 2
    parts = [rng.choice(GIVEN) for _ in range(n)]
    return sur + "".join(p[0] for p in parts), "".join(p[1] for p in parts), sur_py


def cn_mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(0, 99_999_999):08d}"


def chinese_company(rng: random.Random, *, hong_kong: bool = False, extra_district: bool = False
                    ) -> CompanyName:
    city, city_py, prov, area, districts = HONG_KONG if hong_kong else rng.choice(CN_CITIES)
    (c1, p1), (c2, p2) = rng.sample(BRAND_SYLLABLES, 2)
    brand, brand_py = c1 + c2, (p1 + p2).capitalize()
    ind, ind_en = rng.choice(INDUSTRIES)
    district = rng.choice(districts)
    if hong_kong:
        form, form_en = "有限公司", "Limited"
    else:
        form, form_en = _weighted(rng, [(f[0], f[1]) for f in CN_FORMS], [f[2] for f in CN_FORMS])
    place = city + (district.removesuffix("区").removesuffix("新") if extra_district else "")
    name = f"{place}{brand}{ind}{form}"
    english = f"{city_py} {brand_py} {ind_en} {form_en}"
    person, given_py, sur_py = chinese_person(rng)
    domain = f"{brand_py.lower()}{rng.choice(('', '-' + ind_en.split()[0].lower(), 'group'))}"
    domain += ".com.hk" if hong_kong else rng.choice((".com", ".com.cn", ".cn"))
    mailbox = rng.choice((sur_py + given_py, given_py + "." + sur_py, "finance", "cw", "ap"))
    email = f"{mailbox}@{domain}"
    if hong_kong:
        phone = f"+852 {rng.randint(2000, 3999)} {rng.randint(0, 9999):04d}"
        address = f"香港{district}{rng.choice(ROADS)}{rng.randint(1, 300)}号{rng.randint(3, 28)}楼"
    else:
        phone = (cn_mobile(rng) if rng.random() < 0.4
                 else f"{area}-{rng.randint(2, 8)}{rng.randint(0, 9_999_999):07d}")
        city_part = f"{prov}{city}市"
        address = f"{city_part}{district}{rng.choice(ROADS)}{rng.randint(1, 999)}号"
        if rng.random() < 0.4:
            address += f"{rng.randint(1, 12)}幢{rng.randint(1, 20)}0{rng.randint(1, 9)}室"
    return CompanyName(name=name, language="zh", currency="HKD" if hong_kong else "CNY",
                       short=f"{brand}{ind}", english=english, bank_name=name,
                       contact=person, email=email, phone=phone, address=address,
                       country="HK" if hong_kong else "CN")


def english_company(rng: random.Random, *, extra: int = 0) -> CompanyName:
    country = _weighted(rng, EN_COUNTRIES, [c.weight for c in EN_COUNTRIES])
    first = rng.choice(EN_FIRST)
    second = rng.choice(DE_SECOND if country.key == "DE" and rng.random() < 0.6 else EN_SECOND)
    base = f"{first} {second}"
    if extra:
        base += f" {('International', 'Group', 'Global', 'Worldwide', 'Partners')[extra % 5]}"
        if extra >= 5:
            base += f" {extra // 5 + 1}"
    suffix = rng.choice(country.suffixes)
    name = f"{base} {suffix}"
    given, last = rng.choice(EN_GIVEN), rng.choice(EN_LAST)
    slug = "".join(ch for ch in first.lower() if ch.isalpha())
    mailbox = rng.choice((given.lower(), "accounts", "ap", "finance"))
    word = second.split()[0].lower().replace("-", "")
    email = f"{mailbox}@{slug}-{word}.{country.tld}"
    city = rng.choice(country.cities)
    num = rng.randint(1, 480)
    if country.key == "US":
        address = f"{num} {rng.choice(STREETS)} Street, {city} {rng.randint(10000, 99999)}, USA"
        phone = f"+1 {rng.randint(201, 989)} 555 {rng.randint(100, 199):04d}"
    elif country.key == "UK":
        address = f"{num} {rng.choice(STREETS)} Road, {city}, United Kingdom"
        phone = f"+44 20 7946 0{rng.randint(0, 999):03d}"
    elif country.key == "DE":
        address = f"{rng.choice(('Hafen', 'Industrie', 'Markt', 'Linden', 'Berg'))}straße {num}, " \
                  f"{rng.randint(10000, 99999)} {city}, Germany"
        phone = f"+49 {rng.randint(30, 89)} {rng.randint(1_000_000, 9_999_999)}"
    elif country.key == "CN":
        address = f"{city}{rng.choice(ROADS)}{num}号"
        phone = f"021-{rng.randint(2, 8)}{rng.randint(0, 9_999_999):07d}"
    elif country.key == "HK":
        address = f"Unit {rng.randint(1, 30)}{rng.choice('ABCDEF')}, {num} " \
                  f"{rng.choice(STREETS)} Road, {city}, Hong Kong"
        phone = f"+852 {rng.randint(2000, 3999)} {rng.randint(0, 9999):04d}"
    elif country.key == "NL":
        address = f"{rng.choice(('Haven', 'Molen', 'Kerk', 'Linden'))}straat {num}, " \
                  f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJK')}" \
                  f"{rng.choice('LMNPRSTVWX')} {city}, Netherlands"
        phone = f"+31 {rng.randint(10, 79)} {rng.randint(100, 999)} {rng.randint(0, 9999):04d}"
    elif country.key == "FR":
        street = rng.choice(("du Port", "de la Gare", "des Lilas", "Victor Hugo"))
        address = f"{num} rue {street}, " \
                  f"{rng.randint(10, 95)}{rng.randint(0, 999):03d} {city}, France"
        phone = "+33 " + " ".join([str(rng.randint(1, 5))] +
                                  [f"{rng.randint(0, 99):02d}" for _ in range(4)])
    elif country.key == "IT":
        address = f"Via {rng.choice(('Roma', 'Garibaldi', 'Mazzini', 'Dante'))} {num}, " \
                  f"{rng.randint(10, 98)}{rng.randint(0, 999):03d} {city}, Italy"
        phone = f"+39 0{rng.randint(2, 99)} {rng.randint(1_000_000, 9_999_999)}"
    else:                                                              # Singapore
        address = f"{num} {rng.choice(STREETS)} Road, #{rng.randint(2, 20):02d}-" \
                  f"{rng.randint(1, 99):02d}, Singapore {rng.randint(100000, 829999)}"
        phone = f"+65 6{rng.randint(100, 999)} {rng.randint(0, 9999):04d}"
    return CompanyName(name=name, language="en", currency=country.currency, short=base,
                       english="", bank_name=name.upper().replace(".", "").replace(",", ""),
                       contact=f"{given} {last}", email=email, phone=phone, address=address,
                       country=country.key)


# ------------------------------------------------------------------ identifiers
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check_char(first17: str) -> str:
    """Check character of a 统一社会信用代码 (GB 32100-2015) for its first 17 characters."""
    total = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(first17, _USCC_WEIGHTS))
    return _USCC_CHARS[(31 - total % 31) % 31]


def make_uscc(rng: random.Random, division: str = "310115") -> str:
    """An 18-character unified social credit code with valid check characters.

    '9' (industry & commerce) + '1' (enterprise) + 6-digit division + 9-char organisation
    code (GB 11714 check digit) + GB 32100 check character.
    """
    body = "".join(str(rng.randint(0, 9)) for _ in range(8))
    s = sum(int(d) * w for d, w in zip(body, _ORG_WEIGHTS))
    c = 11 - s % 11
    org = body + ("X" if c == 10 else "0" if c == 11 else str(c))
    first17 = "91" + division + org
    return first17 + uscc_check_char(first17)


def iban(country: str, bban: str) -> str:
    """IBAN with its ISO 13616 check digits, printed in groups of four."""
    rearranged = bban + country + "00"
    num = int("".join(str(int(ch, 36)) for ch in rearranged))
    check = 98 - num % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def bank_account(rng: random.Random, country: str) -> str:
    if country == "DE":
        return iban("DE", "".join(str(rng.randint(0, 9)) for _ in range(18)))
    if country == "NL":
        return iban("NL", rng.choice(("ABNA", "RABO", "INGB")) +
                    "".join(str(rng.randint(0, 9)) for _ in range(10)))
    if country in ("CN", "HK"):
        n = rng.choice((16, 19, 20)) if country == "CN" else 12
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((10, 12))))
