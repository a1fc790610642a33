"""Demo data: a plausible Chinese tea-and-specialty-food shop, made from a seed.

Why it exists: a shop owner trying SmallCRM wants to see their kind of data before
importing their own spreadsheet, and every screen (search, segments, churn, labels,
reminders, the duplicates finder) needs something realistic to show. The benchmarks
use the same generator at 100,000 customers, so it must be fast: rows are built as
plain tuples and written with the bulk helpers of ``domain.customers``.

The shop is in Chengdu (成都) and sells tea, mooncakes, gift boxes, nuts and local
specialties, in the shop and by WeChat, phone and delivery apps. About half its
customers are local; the rest order from across China. Three years of purchase
history follow the shop's real seasons (the weeks before Spring Festival and the
Mid-Autumn festival, the Dragon Boat festival, 11 November).

Determinism: everything comes from one ``random.Random(seed)`` and ``today``, and
nothing iterates over a set or depends on string hashing or the clock, so the same
seed and day give the same customers, purchases and reminders.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any

from borax.calendars.lunardate import LCalendars, LunarDate

from smallcrm import jobs
from smallcrm.domain.customers import bulk
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.store.db import db
from smallcrm.store.models import CustomerTag, Interaction, MilliField, Purchase, Reminder, Staff, Tag

HISTORY_DAYS = 3 * 365  # purchases start this many days before today
CHUNK = 2000  # customers per purchase/interaction batch: bounds memory, paces cancel checks

# --- People -------------------------------------------------------------------------

# Surname frequency in per mille of the population (rounded from national statistics).
# Includes surnames with a special reading (曾 单 解 仇 区 朴 查 翟 乐 覃) and compound
# surnames, which the search index must handle.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 71), ("李", 70), ("张", 68), ("刘", 54), ("陈", 46), ("杨", 31), ("黄", 24), ("赵", 23),
    ("吴", 21), ("周", 21), ("徐", 17), ("孙", 16), ("马", 15), ("朱", 14), ("胡", 13), ("郭", 12),
    ("何", 12), ("林", 11), ("高", 11), ("罗", 11), ("郑", 10), ("梁", 9), ("谢", 8), ("宋", 8),
    ("唐", 8), ("许", 7), ("韩", 7), ("邓", 7), ("冯", 7), ("曹", 7), ("彭", 7), ("曾", 6),
    ("肖", 6), ("田", 6), ("董", 5), ("潘", 5), ("袁", 5), ("蔡", 5), ("蒋", 5), ("余", 5),
    ("于", 5), ("杜", 5), ("叶", 5), ("程", 4), ("魏", 4), ("苏", 4), ("吕", 4), ("丁", 4),
    ("任", 4), ("卢", 4), ("姚", 4), ("沈", 4), ("钟", 4), ("姜", 4), ("崔", 3), ("谭", 3),
    ("陆", 3), ("范", 3), ("汪", 3), ("廖", 3), ("石", 3), ("金", 3), ("韦", 3), ("贾", 3),
    ("夏", 3), ("付", 3), ("方", 2), ("邹", 2), ("熊", 2), ("白", 2), ("孟", 2), ("秦", 2),
    ("邱", 2), ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2), ("雷", 2),
    ("龙", 1.5), ("黎", 1.5), ("史", 1.5), ("陶", 1.5), ("贺", 1.5), ("毛", 1.5), ("郝", 1.5),
    ("顾", 1.5), ("龚", 1.5), ("邵", 1.5), ("万", 1.4), ("覃", 1.4), ("武", 1.4), ("钱", 1.3),
    ("戴", 1.3), ("严", 1.3), ("莫", 1.2), ("孔", 1.2), ("向", 1.2), ("常", 1.2), ("汤", 1.2),
    ("康", 1.2), ("易", 1.2), ("乔", 1.1), ("赖", 1.1), ("文", 1.1), ("施", 1.0), ("洪", 1.0),
    ("翟", 0.8), ("单", 0.5), ("解", 0.4), ("仇", 0.3), ("区", 0.2), ("朴", 0.3), ("查", 0.3),
    ("乐", 0.3), ("欧阳", 0.4), ("司马", 0.1), ("诸葛", 0.05), ("上官", 0.05),
)  # fmt: skip

MALE_ONE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林洋海峰亮成东毅锋"
FEMALE_ONE = "芳娜敏静丽艳娟霞玲丹萍红琳雪婷慧颖倩洁燕佳欣怡梅莉晶雯悦蓉英"
MALE_TWO = (
    "建国", "建华", "志强", "志明", "国强", "国庆", "海涛", "晓东", "晓明", "俊杰", "子轩", "浩然", "宇航", "文博",
    "家豪", "建军", "永强", "德明", "立新", "振华", "天佑", "博文", "一鸣", "明辉", "卫东", "春生", "金龙", "小龙",
)  # fmt: skip
FEMALE_TWO = (
    "秀英", "桂英", "秀兰", "玉兰", "桂兰", "丽华", "淑珍", "美玲", "晓燕", "晓红", "雅琴", "婷婷", "静怡", "欣怡",
    "梓涵", "诗涵", "雨萱", "思雨", "佳怡", "海燕", "春梅", "丽娟", "慧敏", "晓丽", "月华", "金凤", "玉梅", "雪梅",
)  # fmt: skip
MALE_FIRST = "志建国俊子家文明永天浩宇德立"
FEMALE_FIRST = "晓雅佳思欣雨诗婉丽美秀玉春慧"

MOBILE_PREFIXES: tuple[tuple[str, float], ...] = (
    ("138", 9), ("139", 9), ("137", 6), ("136", 6), ("135", 6), ("134", 3), ("150", 4), ("151", 4),
    ("152", 3), ("157", 2), ("158", 4), ("159", 4), ("182", 3), ("183", 3), ("187", 3), ("188", 3),
    ("178", 2), ("198", 2), ("147", 1), ("130", 3), ("131", 3), ("132", 3), ("155", 2), ("156", 2),
    ("185", 3), ("186", 4), ("176", 2), ("166", 1), ("175", 1), ("133", 3), ("153", 2), ("180", 3),
    ("181", 3), ("189", 4), ("177", 2), ("173", 1), ("199", 2), ("191", 1),
)  # fmt: skip

# (province, city, area code, weight, roads, ((district, postcode), ...)). Postcodes are
# the districts' main ones; a Chengdu shop has most of its customers in Chengdu.
CITIES: tuple[tuple[str, str, str, float, tuple[str, ...], tuple[tuple[str, str], ...]], ...] = (
    ("四川省", "成都市", "028", 520,
     ("人民南路", "天府大道", "蜀都大道", "玉林路", "科华北路", "红星路", "建设路", "光华大道", "一环路南三段"),
     (("武侯区", "610041"), ("锦江区", "610021"), ("青羊区", "610031"), ("金牛区", "610036"),
      ("成华区", "610051"), ("双流区", "610200"), ("龙泉驿区", "610100"), ("温江区", "611130"),
      ("郫都区", "611730"))),
    ("四川省", "绵阳市", "0816", 22, ("临园路", "长虹大道"), (("涪城区", "621000"), ("游仙区", "621022"))),
    ("四川省", "德阳市", "0838", 14, ("长江西路", "泰山北路"), (("旌阳区", "618000"),)),
    ("四川省", "乐山市", "0833", 10, ("嘉定北路", "人民西路"), (("市中区", "614000"),)),
    ("重庆市", "重庆市", "023", 40, ("民生路", "建新北路", "小龙坎正街", "杨家坪正街"),
     (("渝中区", "400010"), ("江北区", "400020"), ("沙坪坝区", "400030"), ("九龙坡区", "400050"),
      ("南岸区", "400060"))),
    ("北京市", "北京市", "010", 30, ("朝阳北路", "中关村大街", "学院路", "建国路", "西直门外大街"),
     (("朝阳区", "100020"), ("海淀区", "100080"), ("东城区", "100010"), ("西城区", "100032"),
      ("丰台区", "100071"))),
    ("上海市", "上海市", "021", 30, ("淮海中路", "漕溪北路", "张杨路", "虹桥路", "南京西路"),
     (("浦东新区", "200120"), ("徐汇区", "200030"), ("静安区", "200040"), ("闵行区", "201100"),
      ("长宁区", "200050"))),
    ("天津市", "天津市", "022", 8, ("南京路", "卫津路"), (("和平区", "300041"), ("南开区", "300100"))),
    ("广东省", "广州市", "020", 20, ("天河路", "中山五路", "江南大道"),
     (("天河区", "510630"), ("越秀区", "510030"), ("海珠区", "510220"))),
    ("广东省", "深圳市", "0755", 20, ("深南大道", "华强北路", "南海大道"),
     (("福田区", "518000"), ("南山区", "518052"), ("罗湖区", "518001"))),
    ("广东省", "佛山市", "0757", 6, ("汾江中路", "季华路"), (("禅城区", "528000"),)),
    ("浙江省", "杭州市", "0571", 16, ("文三路", "延安路", "教工路"),
     (("西湖区", "310013"), ("上城区", "310002"), ("拱墅区", "310011"))),
    ("浙江省", "宁波市", "0574", 6, ("中山西路", "药行街"), (("海曙区", "315000"),)),
    ("江苏省", "南京市", "025", 12, ("中山路", "汉中路", "北京东路"),
     (("玄武区", "210018"), ("鼓楼区", "210009"), ("秦淮区", "210001"))),
    ("江苏省", "苏州市", "0512", 10, ("干将路", "人民路"), (("姑苏区", "215000"), ("吴中区", "215100"))),
    ("江苏省", "无锡市", "0510", 5, ("中山路", "人民中路"), (("梁溪区", "214000"),)),
    ("湖北省", "武汉市", "027", 14, ("解放大道", "中北路", "珞喻路"),
     (("武昌区", "430061"), ("江汉区", "430021"), ("洪山区", "430070"))),
    ("湖南省", "长沙市", "0731", 10, ("五一大道", "芙蓉中路", "麓山南路"),
     (("芙蓉区", "410011"), ("天心区", "410004"), ("岳麓区", "410006"))),
    ("福建省", "福州市", "0591", 6, ("五四路", "八一七北路"), (("鼓楼区", "350001"),)),
    ("福建省", "厦门市", "0592", 8, ("湖滨南路", "厦禾路"), (("思明区", "361001"), ("湖里区", "361006"))),
    ("山东省", "济南市", "0531", 6, ("泉城路", "经十路"), (("历下区", "250014"),)),
    ("山东省", "青岛市", "0532", 6, ("香港中路", "台东一路"), (("市南区", "266001"), ("崂山区", "266100"))),
    ("河南省", "郑州市", "0371", 7, ("金水路", "花园路"), (("金水区", "450008"), ("二七区", "450052"))),
    ("河北省", "石家庄市", "0311", 4, ("中山东路", "建设南大街"), (("长安区", "050011"),)),
    ("陕西省", "西安市", "029", 12, ("长安南路", "小寨东路", "南大街"),
     (("雁塔区", "710061"), ("碑林区", "710001"))),
    ("辽宁省", "沈阳市", "024", 5, ("中华路", "青年大街"), (("和平区", "110001"),)),
    ("辽宁省", "大连市", "0411", 4, ("人民路", "中山路"), (("中山区", "116001"),)),
    ("吉林省", "长春市", "0431", 3, ("人民大街", "红旗街"), (("朝阳区", "130012"),)),
    ("黑龙江省", "哈尔滨市", "0451", 3, ("中央大街", "西大直街"), (("南岗区", "150001"),)),
    ("安徽省", "合肥市", "0551", 5, ("长江西路", "金寨路"), (("蜀山区", "230031"), ("庐阳区", "230001"))),
    ("江西省", "南昌市", "0791", 4, ("八一大道", "阳明路"), (("东湖区", "330006"),)),
    ("云南省", "昆明市", "0871", 10, ("青年路", "北京路"), (("五华区", "650021"), ("盘龙区", "650051"))),
    ("贵州省", "贵阳市", "0851", 8, ("中华北路", "瑞金南路"), (("南明区", "550001"), ("云岩区", "550001"))),
    ("广西壮族自治区", "南宁市", "0771", 4, ("民族大道", "朝阳路"), (("青秀区", "530022"),)),
    ("山西省", "太原市", "0351", 3, ("迎泽大街", "长风街"), (("小店区", "030032"),)),
    ("甘肃省", "兰州市", "0931", 3, ("东岗西路", "庆阳路"), (("城关区", "730030"),)),
    ("新疆维吾尔自治区", "乌鲁木齐市", "0991", 2, ("解放北路", "友好南路"), (("天山区", "830002"),)),
)  # fmt: skip
COMMON_ROADS = ("人民路", "中山路", "解放路", "建设路", "文化路", "新华路", "和平路", "胜利路", "长江路", "滨江路")
COMMUNITIES = (
    "锦绣花园", "阳光小区", "金色家园", "翠苑", "幸福里", "碧桂园", "万科城", "滨江花园", "世纪城",
    "天府花园", "和平里", "职工宿舍", "书香门第", "龙湖时代天街", "保利花园", "南苑小区", "紫荆苑",
)  # fmt: skip

OCCUPATIONS: tuple[tuple[str, float], ...] = (
    ("企业职员", 18), ("个体户", 12), ("教师", 8), ("公务员", 6), ("医生", 4), ("护士", 3), ("工程师", 6),
    ("销售", 6), ("会计", 4), ("退休", 12), ("企业主", 4), ("自由职业", 4), ("司机", 2), ("厨师", 2),
    ("设计师", 2), ("律师", 1), ("学生", 2), ("家庭主妇", 4), ("", 10),
)  # fmt: skip
INCOME_BANDS: tuple[tuple[str, float], ...] = (("<5千", 22), ("5千-1万", 38), ("1-2万", 22), ("2万以上", 8), ("", 10))
FAMILIES = ("", "", "已婚，一个孩子", "已婚，两个孩子", "单身", "已婚", "三代同堂", "孩子在外地上学", "老两口")
PREFERENCES = (
    "", "", "喜欢绿茶", "爱喝普洱", "偏好铁观音", "喜欢坚果零食", "只喝明前茶", "喜欢礼盒装", "爱喝花茶",
    "喜欢四川特产", "不吃辣", "喜欢白茶", "收藏老普洱",
)  # fmt: skip
HABITS = (
    "", "", "节前集中采购", "每月固定买茶", "常买来送礼", "只买打折商品", "线上下单为主", "周末到店",
    "喜欢先试喝再买", "一次买够一年的量",
)  # fmt: skip
NOTES = (
    "要求开发票", "只接受周末送货", "喜欢聊天，每次来都坐很久", "对价格比较敏感", "是老板的老同学",
    "送货前先打电话", "家里有老人，送货上楼", "公司采购，联系人是行政",
)  # fmt: skip
SOURCES: tuple[tuple[str, float], ...] = (
    ("门店", 34), ("朋友介绍", 20), ("微信", 15), ("抖音", 8), ("美团", 7), ("大众点评", 5), ("淘宝", 5),
    ("小红书", 3), ("展会", 3),
)  # fmt: skip
# Where a customer usually orders, by how they found the shop.
CHANNEL_OF_SOURCE = {
    "门店": "门店", "朋友介绍": "门店", "微信": "微信", "抖音": "抖音", "美团": "美团", "大众点评": "门店",
    "淘宝": "淘宝", "小红书": "微信", "展会": "电话",
}  # fmt: skip
CHANNELS = ("门店", "微信", "电话", "美团", "抖音", "淘宝")

STAFF = (
    ("王丽华", 35),
    ("陈静", 25),
    ("刘强", 20),
    ("赵敏", 12),
)  # the owner first; weights: customers each looks after
TAGS = ("VIP", "老客户", "会员", "批发", "企业客户", "送礼", "茶友", "价格敏感")

CHURN_NOTES = {
    "natural": (
        "搬家去外地了", "孩子出国后老人不再买茶", "退休后回老家养老", "医生让少喝茶", "公司解散，不再需要团购礼品",
    ),
    "competitive": (
        "对面新开的茶叶店价格更低", "转去网上旗舰店买了", "朋友推荐了别家的普洱", "在抖音直播间下单更便宜",
        "超市促销时买了", "公司换了礼品供应商",
    ),
    "fault": (
        "上次月饼礼盒送晚了两天，很不满意", "买到的茶叶受潮，处理不及时", "觉得店员态度冷淡",
        "价格比上次贵了，觉得被宰", "快递包装破损，退换麻烦", "预订的新茶没留，答应的事没做到",
    ),
}  # fmt: skip
CHURN_REASONS: tuple[tuple[str, float], ...] = (("natural", 20), ("competitive", 45), ("fault", 35))

# --- Goods ----------------------------------------------------------------------------

# (item, category, price in yuan, cost as a share of the price)
ITEMS: tuple[tuple[str, str, int, float], ...] = (
    ("西湖龙井 250克", "茶叶", 388, 0.50), ("明前碧螺春 250克", "茶叶", 268, 0.50),
    ("安溪铁观音 500克", "茶叶", 168, 0.45), ("武夷山大红袍 250克", "茶叶", 298, 0.50),
    ("普洱熟茶饼 357克", "茶叶", 198, 0.40), ("普洱生茶饼 357克", "茶叶", 258, 0.40),
    ("正山小种 250克", "茶叶", 128, 0.45), ("金骏眉 250克", "茶叶", 358, 0.50),
    ("峨眉竹叶青 250克", "茶叶", 228, 0.50), ("蒙顶甘露 250克", "茶叶", 198, 0.50),
    ("碧潭飘雪 250克", "茶叶", 88, 0.45), ("福鼎白茶寿眉饼 350克", "茶叶", 158, 0.45),
    ("白毫银针 250克", "茶叶", 428, 0.55), ("六安瓜片 250克", "茶叶", 218, 0.50),
    ("滇红工夫 250克", "茶叶", 98, 0.45), ("杭白菊 50克", "茶叶", 28, 0.40), ("苦荞茶 500克", "茶叶", 38, 0.50),
    ("宜兴紫砂壶", "茶具", 488, 0.40), ("白瓷盖碗套装", "茶具", 128, 0.45), ("玻璃公道杯", "茶具", 38, 0.40),
    ("便携旅行茶具", "茶具", 168, 0.45), ("竹制茶盘", "茶具", 258, 0.50),
    ("广式双黄白莲蓉月饼礼盒", "月饼", 268, 0.55), ("冰皮月饼礼盒", "月饼", 198, 0.50),
    ("苏式鲜肉月饼 6枚", "月饼", 48, 0.60), ("云腿月饼 4枚", "月饼", 68, 0.55), ("五仁月饼礼盒", "月饼", 158, 0.55),
    ("新春茶礼盒", "礼盒", 598, 0.60), ("年货坚果大礼包", "礼盒", 328, 0.65), ("中秋茶月礼盒", "礼盒", 458, 0.60),
    ("四川特产礼盒", "礼盒", 268, 0.60), ("企业定制茶礼盒", "礼盒", 888, 0.55),
    ("每日坚果 30袋", "坚果", 128, 0.70), ("碧根果 500克", "坚果", 58, 0.72), ("夏威夷果 500克", "坚果", 48, 0.72),
    ("开心果 500克", "坚果", 68, 0.75), ("巴旦木 500克", "坚果", 52, 0.75), ("新疆薄皮核桃 1000克", "坚果", 38, 0.70),
    ("香榧 250克", "坚果", 168, 0.65),
    ("汉源花椒 250克", "土特产", 36, 0.55), ("四川腊肠 500克", "土特产", 68, 0.60),
    ("川味腊肉 500克", "土特产", 88, 0.60), ("张飞牛肉 4包", "土特产", 48, 0.60), ("灯影牛肉丝", "土特产", 32, 0.60),
    ("郫县豆瓣 1000克", "土特产", 28, 0.60), ("云南野生菌干", "土特产", 128, 0.60), ("东北黑木耳", "土特产", 38, 0.60),
    ("宁夏枸杞 500克", "滋补", 58, 0.50), ("新疆若羌红枣", "滋补", 45, 0.55), ("土蜂蜜 1000克", "滋补", 68, 0.50),
    ("桂圆干 500克", "滋补", 42, 0.60),
    ("绿豆糕", "糕点", 28, 0.50), ("桃酥", "糕点", 22, 0.50), ("凤梨酥", "糕点", 38, 0.55),
    ("蜜饯果脯", "糕点", 26, 0.50),
    ("嘉兴鲜肉粽 10只", "粽子", 98, 0.55), ("蛋黄肉粽礼盒", "粽子", 128, 0.55),
)  # fmt: skip
SEASONS = ("normal", "spring", "autumn", "dragon", "double11")
# How much each category sells in each season (relative).
CATEGORY_SEASON: dict[str, tuple[float, ...]] = {
    "茶叶": (1.0, 1.2, 0.8, 1.0, 1.3),
    "茶具": (0.25, 0.3, 0.2, 0.2, 0.8),
    "月饼": (0.0, 0.0, 3.0, 0.0, 0.0),
    "礼盒": (0.15, 2.5, 1.8, 0.4, 0.6),
    "坚果": (0.6, 1.5, 0.6, 0.6, 1.5),
    "土特产": (0.5, 1.2, 0.4, 0.5, 0.5),
    "滋补": (0.4, 0.6, 0.3, 0.4, 0.5),
    "糕点": (0.4, 0.4, 0.2, 0.3, 0.3),
    "粽子": (0.0, 0.0, 0.0, 3.0, 0.0),
}
# What each kind of customer buys more or less of.
KIND_CATEGORY: dict[str, dict[str, float]] = {
    "regular": {},
    "gift": {"礼盒": 4.0, "月饼": 2.0, "茶具": 1.5},
    "wholesale": {"茶叶": 3.0, "坚果": 1.5, "茶具": 0.2, "礼盒": 0.3},
    "corporate": {"礼盒": 8.0, "月饼": 3.0, "坚果": 0.5, "糕点": 0.2},
    "bargain": {"坚果": 2.5, "糕点": 2.5, "茶叶": 0.4, "礼盒": 0.3, "茶具": 0.1},
}
# Share of customers by kind ('potential' customers have not bought yet).
KINDS: tuple[tuple[str, float], ...] = (
    ("regular", 73.5), ("gift", 12), ("wholesale", 1.5), ("corporate", 1), ("bargain", 4), ("potential", 8),
)  # fmt: skip
# Purchases a year: log-normal, median exp(MU) before the kind's factor. Tuned so that a
# run averages about ten purchases per customer, a few customers buying hundreds.
RATE_MU = 1.52
RATE_SIGMA = 1.05
KIND_RATE = {"regular": 1.0, "gift": 0.8, "wholesale": 4.0, "corporate": 0.7, "bargain": 1.2, "potential": 0.0}
MAX_PURCHASES = 600

# --- Interactions and reminders -------------------------------------------------------

VISITS = (
    "到店试喝新到的明前龙井", "到店挑选送长辈的礼盒", "带朋友来店里喝茶", "到店咨询普洱的存放方法",
    "路过进店看看，买了点零食", "来店里取预订的茶叶",
)  # fmt: skip
CALLS = (
    "电话回访，询问上次买的普洱口感", "电话通知中秋礼盒已到货", "客户来电询问快递进度", "电话确认送货地址",
    "客户来电预订春节礼盒", "电话邀请参加周末品茶会",
)  # fmt: skip
MESSAGES = (
    "微信发送新茶上市信息", "客户微信咨询白茶价格", "微信发送会员活动通知", "客户微信发来收货照片",
    "微信确认订单和付款", "朋友圈点赞并咨询礼盒",
)  # fmt: skip
INQUIRIES = (
    "微信咨询礼盒价格，还没下单",
    "抖音私信问能否寄到外地",
    "电话咨询企业团购报价",
    "展会上留了电话，想了解普洱",
)
FEEDBACK = {
    5: ("对茶叶品质非常满意，说会推荐给朋友", "夸送货及时，包装很好", "送人的礼盒对方很喜欢", "说店员讲茶讲得很专业"),
    4: ("觉得茶不错，希望多些小包装", "总体满意，建议增加试饮装", "满意，希望会员活动多一些", "东西好，就是停车不方便"),
    3: ("觉得价格偏高，品质还行", "口感一般，和上次的不太一样", "包装太大，不方便携带", "还行，希望能送货上门"),
    2: ("送货慢了，有点不高兴", "礼盒包装有压痕", "等了很久才有人接待", "说网上同款更便宜"),
    1: ("对服务很不满意，说不会再来了", "茶叶有异味，要求退货", "答应的赠品没给", "电话打了三次都没人回"),
}
COMPLAINTS = (
    "快递送晚了三天，礼没送成", "月饼礼盒少了一盒", "茶叶受潮结块", "店员结账时态度不好", "发票一直没开",
    "坚果有几颗坏的", "会员价没有按承诺给", "送货上门没提前打电话",
)  # fmt: skip
NOTE_TEXTS = (
    "客户说下个月去外地，回来再联系", "客户想要2019年的老普洱，留意一下", "客户女儿下月结婚，可能要喜茶",
    "客户血糖高，推荐无糖糕点", "客户单位年底要发福利，可以报团购价", "客户喜欢浓香型铁观音，不要清香型",
    "客户换了新手机号，已更新", "客户家里老人爱喝花茶",
)  # fmt: skip
CALLBACK_TOPICS = (
    "询问新茶口感", "确认中秋礼盒数量", "通知普洱到货", "问问上次的铁观音喝完没有", "邀请参加品茶会",
    "确认春节礼盒送货时间", "介绍新到的白茶",
)  # fmt: skip
CUSTOM_TITLES = ("给{name}留两饼2019年的普洱", "{name}预订的龙井到货后通知", "给{name}寄茶样", "帮{name}开发票")
OUTCOMES = ("客户很满意", "没接电话，改天再打", "客户下周来店", "已下单", "客户暂时不需要")


@dataclass(slots=True)
class _Plan:
    """One customer's hidden story, decided before any row is written."""

    kind: str
    start: int  # day index of the first purchase (or first contact)
    end: int  # day index of the last purchase
    purchases: int
    staff: int | None
    channel: str
    favourite: int  # index into ITEMS
    name: str
    surname: str
    gender: str
    mail_consent: bool
    churned: bool = False
    churn_reason: str = ""
    birthday: tuple[int, int, str] | None = None  # month, day, calendar
    local: bool = True  # lives near the shop, so comes in person
    revenue: int = 0
    tags: list[str] = field(default_factory=list)


class _Calendar:
    """The history window: one entry per day, with season and sales weight."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.first = today - dt.timedelta(days=HISTORY_DAYS)
        days = [self.first + dt.timedelta(days=i) for i in range(HISTORY_DAYS + 1)]
        # Rows carry date and datetime objects: the column's own conversion of an object is
        # cheap, where re-parsing an ISO string costs microseconds a value at a million rows.
        self.days = days
        self.midnight = [dt.datetime(d.year, d.month, d.day) for d in days]
        self.season = [0] * len(days)
        weight = [1.0] * len(days)
        for i, d in enumerate(days):
            weight[i] = (1.35 if d.weekday() >= 5 else 1.0) * (1.0 + 0.12 * i / 365)  # weekends; a growing shop
            if d.month == 11 and d.day <= 11:
                self.season[i] = 4
                weight[i] *= 3.0 if d.day == 11 else 1.7
        self.card_days: list[int] = []  # when the owner sends the Spring Festival cards
        for year in range(self.first.year - 1, today.year + 2):
            spring = self._lunar(year, 1, 1)
            if 0 <= (spring - self.first).days - 10 <= HISTORY_DAYS:
                self.card_days.append((spring - self.first).days - 10)
            autumn = self._lunar(year, 8, 15)
            dragon = self._lunar(year, 5, 5)
            self._mark(spring, -30, 0, 1, weight, lambda k: 1.5 + 3.0 * (30 + k) / 30)  # the New Year rush
            self._mark(spring, 0, 6, 0, weight, lambda k: 0.15)  # closed for the holiday
            self._mark(autumn, -30, 0, 2, weight, lambda k: 1.3 + 3.0 * (30 + k) / 30)  # mooncakes and gifts
            self._mark(dragon, -14, 0, 3, weight, lambda k: 1.6)
        self.cum = [0.0]
        for w in weight:
            self.cum.append(self.cum[-1] + w)

    @staticmethod
    def _lunar(year: int, month: int, day: int) -> dt.date:
        return LunarDate(year, month, day).to_solar_date()

    def _mark(self, centre: dt.date, lo: int, hi: int, season: int, weight: list[float], factor: Any) -> None:
        for k in range(lo, hi):
            i = (centre - self.first).days + k
            if 0 <= i < len(weight):
                weight[i] *= factor(k)
                if season:
                    self.season[i] = season

    def date(self, i: int) -> dt.date:
        return self.first + dt.timedelta(days=i)

    def next_festival(self, month: int, day: int, lunar: bool) -> dt.date:
        for year in (self.today.year, self.today.year + 1):
            when = self._lunar(year, month, day) if lunar else dt.date(year, month, day)
            if when >= self.today:
                return when
        raise AssertionError("a festival recurs within a year")  # pragma: no cover


class _Picker:
    """Weighted choice by bisecting cumulative weights: fast for many draws."""

    def __init__(self, pairs: Any) -> None:
        self.values: list[Any] = []
        self.cum: list[float] = []
        total = 0.0
        for value, w in pairs:
            if w > 0:
                total += w
                self.values.append(value)
                self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> Any:
        i = bisect.bisect_right(self.cum, rng.random() * self.total)
        return self.values[min(i, len(self.values) - 1)]


def generate(
    customers: int,
    *,
    seed: int = 1,
    today: dt.date | None = None,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
) -> dict[str, int]:
    """Add ``customers`` demo customers with staff, tags, three years of purchases,
    interactions and open reminders to the open database, in one transaction.

    Returns how many rows of each kind were added: customers, purchases,
    interactions, reminders, staff and tags (tag names). Cancelling rolls back
    everything, so a cancelled run leaves the database as it was.
    """
    if customers < 0:
        raise ValueError("customers must not be negative")
    if customers == 0:  # nothing to show, so no staff or tags either
        return {"customers": 0, "purchases": 0, "interactions": 0, "reminders": 0, "staff": 0, "tags": 0}
    cancel = cancel or jobs.CancelToken()
    return _Generator(customers, seed, today or dt.date.today(), progress, cancel).run()


class _Generator:
    """One run: the random stream, the calendar and the counts shared by its phases.

    Phases run in a fixed order and draw from one stream, which is what makes a seed
    reproduce the shop: customers (their hidden story decided up front), purchases and
    contacts per batch of customers, reminders, tags.
    """

    def __init__(self, n: int, seed: int, today: dt.date, progress: jobs.Progress, cancel: jobs.CancelToken) -> None:
        self.n = n
        self.rng = random.Random(seed)
        self.cal = _Calendar(today)
        self.progress = progress
        self.cancel = cancel
        self.total = 3 * n + 1
        self.counts = {"customers": 0, "purchases": 0, "interactions": 0, "reminders": 0, "staff": 0, "tags": 0}
        self.surnames = _Picker(SURNAMES)
        self.prefixes = _Picker(MOBILE_PREFIXES)
        self.cities = _Picker((c, c[3]) for c in CITIES)
        self.occupations = _Picker(OCCUPATIONS)
        self.incomes = _Picker(INCOME_BANDS)
        self.sources = _Picker(SOURCES)
        self.kinds = _Picker(KINDS)
        self.reasons = _Picker(CHURN_REASONS)
        self.items = self._item_tables()
        rng = self.rng
        # Times of day the shop is open, as offsets from midnight.
        self.times = sorted(
            dt.timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
            for _ in range(97)
        )
        self.used_phones: set[str] = set()

    # --- orchestration ---

    def run(self) -> dict[str, int]:
        with db.atomic():
            self.progress(0, self.total, QT_TRANSLATE_NOOP("Progress", "Creating demo customers"))
            self.cancel.check()
            staff_ids = self._staff()
            plans, rows = self._customers(staff_ids)
            self.cancel.check()
            step = QT_TRANSLATE_NOOP("Progress", "Saving demo customers")
            ids = bulk.insert_customers(
                rows,
                validate=False,
                progress=lambda done, total, message="": self.progress(self.n + done, self.total, step),
                cancel=self.cancel,
            )
            self.counts["customers"] = len(ids)
            del rows
            self._history(plans, ids, staff_ids)
            self._reminders(plans, ids)
            self._tags(plans, ids)
            self.progress(self.total, self.total, QT_TRANSLATE_NOOP("Progress", "Demo data ready"))
        return self.counts

    def _staff(self) -> list[int]:
        ids = []
        for name, _ in STAFF:
            staff, created = Staff.get_or_create(name=name, defaults={"phone": self._mobile()[0]})
            ids.append(staff.id)
            self.counts["staff"] += int(created)
        return ids

    def _item_tables(self) -> dict[str, list[_Picker]]:
        """One weighted item table per kind of customer and season."""
        tables: dict[str, list[_Picker]] = {}
        for kind, _ in KINDS:
            mult = KIND_CATEGORY.get(kind, {})
            tables[kind] = [
                _Picker((i, CATEGORY_SEASON[cat][s] * mult.get(cat, 1.0)) for i, (_, cat, _, _) in enumerate(ITEMS))
                for s in range(len(SEASONS))
            ]
        return tables

    # --- customers ---

    def _mobile(self) -> tuple[str, str]:
        """A fresh mobile number: (digits, E.164)."""
        rng = self.rng
        while True:
            digits = self.prefixes.pick(rng) + f"{rng.randrange(10**8):08d}"
            norm = "+86" + digits
            if norm not in self.used_phones:
                self.used_phones.add(norm)
                return digits, norm

    def _typed(self, digits: str) -> str:
        """The number as someone typed it into a spreadsheet."""
        r = self.rng.random()
        if r < 0.85:
            return digits
        if r < 0.91:
            return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
        if r < 0.96:
            return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        if r < 0.98:
            return f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}"
        return "+86" + digits

    def _name(self, gender: str) -> tuple[str, str]:
        rng = self.rng
        surname = self.surnames.pick(rng)
        male = gender == "M" or (gender == "" and rng.random() < 0.5)
        r = rng.random()
        if r < 0.3:
            given = rng.choice(MALE_ONE if male else FEMALE_ONE)
        elif r < 0.55:
            given = rng.choice(MALE_TWO if male else FEMALE_TWO)
        else:
            given = rng.choice(MALE_FIRST if male else FEMALE_FIRST) + rng.choice(MALE_ONE if male else FEMALE_ONE)
        return surname + given, surname

    def _birthday(self, row: dict[str, Any]) -> tuple[int, int, str] | None:
        rng = self.rng
        today = self.cal.today
        if rng.random() < 0.15:
            return None
        age = int(rng.triangular(18, 82, 42))
        year: int | None = today.year - age
        if rng.random() < 0.15:
            year = None
        calendar = "solar"
        leap = False
        month = rng.randint(1, 12)
        if rng.random() < 0.1:
            calendar = "lunar"
            day = rng.randint(1, 29)  # every lunar month has a 29th
            if year is not None and rng.random() < 0.05 and LCalendars.leap_month(year):
                month, leap = LCalendars.leap_month(year), True
        else:
            days = (31, 29 if year is not None and _is_leap_year(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
            day = rng.randint(1, days[month - 1])  # at 18 or older the date is never in the future
        row.update(birth_calendar=calendar, birth_year=year, birth_month=month, birth_day=day, birth_leap=leap)
        return month, day, calendar

    def _address(self, row: dict[str, Any], full: bool) -> str:
        """Fill the address columns; returns the city's telephone area code."""
        rng = self.rng
        province, city, area, _, roads, districts = self.cities.pick(rng)
        district, postcode = rng.choice(districts)
        row.update(province=province, city=city)
        if not full:
            row.update(district="", street="", postcode="")
            return area
        road = rng.choice(roads) if rng.random() < 0.65 else rng.choice(COMMON_ROADS)
        number = rng.randint(1, 399)
        floor = rng.randint(1, 28 if rng.random() < 0.6 else 7)
        room = f"{floor}{rng.randint(1, 4):02d}"
        r = rng.random()
        if r < 0.5:
            street = f"{road}{number}号{rng.randint(1, 12)}栋{rng.randint(1, 4)}单元{room}"
        elif r < 0.8:
            street = f"{road}{number}号{rng.choice(COMMUNITIES)}{rng.randint(1, 20)}栋{room}室"
        elif r < 0.9:
            street = f"{rng.choice(COMMUNITIES)}{rng.randint(1, 20)}-{rng.randint(1, 4)}-{room}"
        else:
            street = f"{road}{number}号"
        row.update(district=district, street=street, postcode=postcode)
        return area

    def _customers(self, staff_ids: list[int]) -> tuple[list[_Plan], list[dict[str, Any]]]:
        rng = self.rng
        n = self.n
        duplicates = n // 200 if n >= 200 else 0
        staff_picker = _Picker([*zip(staff_ids, (w for _, w in STAFF), strict=True), (None, 8)])
        plans: list[_Plan] = []
        rows: list[dict[str, Any]] = []
        for i in range(n - duplicates):
            if i and i % CHUNK == 0:
                self.cancel.check()
                self.progress(i, self.total, QT_TRANSLATE_NOOP("Progress", "Creating demo customers"))
            kind = self.kinds.pick(rng)
            plan, row = self._customer(kind, staff_picker.pick(rng))
            plans.append(plan)
            rows.append(row)
        originals = [i for i, r in enumerate(rows) if r["street"]]
        for _ in range(duplicates):
            j = rng.choice(originals)
            plan, row = self._duplicate(plans[j], rows[j], staff_picker.pick(rng))
            plans.append(plan)
            rows.append(row)
        return plans, rows

    def _customer(self, kind: str, staff: int | None) -> tuple[_Plan, dict[str, Any]]:
        rng = self.rng
        cal = self.cal
        r = rng.random()
        gender = "" if r < 0.03 else ("F" if r < 0.58 else "M")
        name, surname = self._name(gender)
        digits, norm = self._mobile()
        row: dict[str, Any] = {
            "name": name,
            "gender": gender,
            "birth_calendar": "solar",
            "birth_year": None,
            "birth_month": None,
            "birth_day": None,
            "birth_leap": False,
            "phone": self._typed(digits),
            "phone_norm": norm,
            "phone2": "",
            "phone2_norm": "",
        }
        birthday = self._birthday(row)
        potential = kind == "potential"
        has_address = rng.random() < (0.45 if potential else 0.9)
        area = self._address(row, has_address)
        r = rng.random()
        if r < 0.05 and len(area) == 3:  # a home landline, in the big cities' eight-digit form
            number = ("8" if area == "028" else "6") + f"{rng.randrange(10**7):07d}"
            row["phone2"], row["phone2_norm"] = f"{area}-{number}", "+86" + area[1:] + number
        elif r < 0.09:
            d2, n2 = self._mobile()
            row["phone2"], row["phone2_norm"] = d2, n2
        r = rng.random()
        row["wechat"] = digits if r < 0.25 else (f"wxid_{rng.randrange(16**10):010x}" if r < 0.45 else "")
        row["email"] = f"{rng.randint(10**5, 10**10)}@qq.com" if rng.random() < 0.08 else ""
        occupation = "企业主" if kind in ("wholesale", "corporate") else self.occupations.pick(rng)
        row.update(
            occupation=occupation,
            income_band=self.incomes.pick(rng),
            family=rng.choice(FAMILIES),
            preferences=rng.choice(PREFERENCES),
            buying_habits="节前集中采购" if kind == "gift" else rng.choice(HABITS),
            notes=rng.choice(NOTES) if rng.random() < 0.06 else "",
        )
        if kind == "corporate":
            row["notes"] = "公司采购，联系人是行政"
        elif kind == "wholesale":
            row["notes"] = rng.choice(("开茶馆，批量进货", "开餐馆，长期订茶", "开民宿，给客人备茶"))
        source = self.sources.pick(rng)
        row["source"] = source
        row["staff"] = staff
        consent = has_address and rng.random() < 0.87
        row["mail_consent"] = consent

        start, end, purchases = self._window(kind)
        local = row["province"] == "四川省"
        channel = CHANNEL_OF_SOURCE[source] if rng.random() < 0.8 else rng.choice(CHANNELS)
        if channel == "门店" and not local:  # met the shop on a visit to Chengdu, reorders from home
            channel = "微信"
        plan = _Plan(
            kind=kind,
            start=start,
            end=end,
            purchases=purchases,
            staff=staff,
            channel=channel,
            favourite=self.items[kind if not potential else "regular"][0].pick(rng),
            name=name,
            surname=surname,
            gender=gender,
            mail_consent=consent,
            birthday=birthday,
            local=local,
        )
        churned_on = None
        if not potential and end <= HISTORY_DAYS - 366 and rng.random() < 0.55:
            plan.churned = True
            plan.churn_reason = self.reasons.pick(rng)
            churned_on = cal.date(min(HISTORY_DAYS, end + rng.randint(60, 240)))
        row.update(
            churn_status="churned" if plan.churned else "active",
            churn_reason=plan.churn_reason,
            churn_note=rng.choice(CHURN_NOTES[plan.churn_reason]) if plan.churned else "",
            churned_on=churned_on,
        )
        # The customer was entered shortly before the first purchase; 'old customers'
        # were in the books before these three years of records.
        if start == 0 and not potential and rng.random() < 0.8:
            created = cal.first - dt.timedelta(days=rng.randint(30, 1500))
        else:
            created = cal.date(max(0, start - rng.randint(0, 14)))
        stamp = dt.datetime(created.year, created.month, created.day) + rng.choice(self.times)
        row["created_at"] = stamp
        row["updated_at"] = dt.datetime(churned_on.year, churned_on.month, churned_on.day, 18) if churned_on else stamp
        return plan, row

    def _window(self, kind: str) -> tuple[int, int, int]:
        """First and last purchase day and how many purchases: the customer's story."""
        rng = self.rng
        last = HISTORY_DAYS
        if kind == "potential":
            day = last - rng.randint(0, 700)
            return day, day, 0
        start = 0 if rng.random() < 0.22 else int(last * rng.random() ** 0.8)
        r = rng.random()
        if r >= 0.8 and start <= last - 366:  # lapsed: nothing for over a year
            end = start + int(rng.random() * (last - 366 - start))
        elif r >= 0.66 and start <= last - 120:  # cooling off
            end = max(start, last - rng.randint(120, 365))
        else:
            end = last - min(int(rng.expovariate(1 / 30)), 119, last - start)
        years = (end - start + 1) / 365
        rate = math.exp(rng.gauss(RATE_MU, RATE_SIGMA)) * KIND_RATE[kind]
        purchases = max(1, min(MAX_PURCHASES, round(rate * years)))
        return start, end, purchases

    def _duplicate(self, plan: _Plan, row: dict[str, Any], staff: int | None) -> tuple[_Plan, dict[str, Any]]:
        """The same person entered twice, the way it happens at a busy counter."""
        rng = self.rng
        dup = dict(row)
        digits = row["phone_norm"][3:]
        r = rng.random()
        if r < 0.5:  # same phone typed differently, entered again without the address
            dup["phone"] = f"{digits[:3]}-{digits[3:7]}-{digits[7:]}" if row["phone"] == digits else digits
            dup.update(street="", district="", postcode="", mail_consent=False)
        elif r < 0.8:  # changed phone number; same name and street
            d2, n2 = self._mobile()
            dup.update(phone=d2, phone_norm=n2)
        else:  # only the surname and a title, same phone
            dup["name"] = plan.surname + ("先生" if plan.gender == "M" else "女士")
            dup["phone"] = f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        dup.update(
            staff=staff,
            wechat="",
            email="",
            notes="",
            churn_status="active",
            churn_reason="",
            churn_note="",
            churned_on=None,
            birth_calendar="solar",
            birth_year=None,
            birth_month=None,
            birth_day=None,
            birth_leap=False,
        )
        start = HISTORY_DAYS - rng.randint(0, 300)
        stamp = self.cal.midnight[start] + rng.choice(self.times)
        dup["created_at"] = dup["updated_at"] = stamp
        copy = _Plan(
            kind="regular",
            start=start,
            end=start,
            purchases=rng.randint(0, 2),
            staff=staff,
            channel="门店",
            favourite=plan.favourite,
            name=dup["name"],
            surname=plan.surname,
            gender=plan.gender,
            mail_consent=dup["mail_consent"],
            local=plan.local,
        )
        if copy.purchases == 2:
            copy.end = min(HISTORY_DAYS, start + rng.randint(1, 60))
        return copy, dup

    # --- purchases and interactions ---

    def _history(self, plans: list[_Plan], ids: list[int], staff_ids: list[int]) -> None:
        pfields = [
            Purchase.customer,
            Purchase.date,
            Purchase.item,
            Purchase.category,
            Purchase.quantity,
            Purchase.amount_cents,
            Purchase.cost_cents,
            Purchase.channel,
            Purchase.note,
            Purchase.created_at,
        ]
        ifields = [
            Interaction.customer,
            Interaction.at,
            Interaction.kind,
            Interaction.satisfaction,
            Interaction.summary,
            Interaction.staff,
            Interaction.status,
            Interaction.resolved_at,
            Interaction.created_at,
        ]
        step = QT_TRANSLATE_NOOP("Progress", "Creating purchases and contacts")
        for begin in range(0, len(plans), CHUNK):
            self.cancel.check()
            purchases: list[tuple[Any, ...]] = []
            interactions: list[tuple[Any, ...]] = []
            for plan, cid in zip(plans[begin : begin + CHUNK], ids[begin : begin + CHUNK], strict=True):
                if plan.purchases:
                    self._purchases(plan, cid, purchases)
                self._interactions(plan, cid, staff_ids, interactions)
            if purchases:
                bulk.insert_rows(Purchase, pfields, purchases, returning_ids=False)
            if interactions:
                bulk.insert_rows(Interaction, ifields, interactions, returning_ids=False)
            self.counts["purchases"] += len(purchases)
            self.counts["interactions"] += len(interactions)
            self.progress(2 * self.n + min(begin + CHUNK, len(plans)), self.total, step)

    def _purchases(self, plan: _Plan, cid: int, out: list[tuple[Any, ...]]) -> None:
        """The customer's purchase lines; the hot loop at a million lines, so it keeps
        its lookups in locals."""
        rng = self.rng
        rand = rng.random
        cal = self.cal
        cum, season_of, dates, midnight, times = cal.cum, cal.season, cal.days, cal.midnight, self.times
        tables = [(t.values, t.cum, t.total, len(t.values) - 1) for t in self.items[plan.kind]]
        kind = plan.kind
        bisect_right = bisect.bisect_right
        start, end = plan.start, plan.end
        lo = cum[start]
        span = cum[end + 1] - lo
        # The last purchase is pinned (it decides active, cooling or lapsed); so is the first
        # of a new customer, entered that day. Customers already in the books before the
        # records began get all their other days from the seasonal weights.
        days = [end] if plan.purchases == 1 or start == 0 else [start, end]
        days += [min(end, bisect_right(cum, lo + rand() * span) - 1) for _ in range(plan.purchases - len(days))]
        days.sort()
        fav = plan.favourite
        main_channel = plan.channel
        revenue = 0
        for day in days:
            season = season_of[day]
            if rand() < 0.35:
                item = fav
            else:
                values, weights, total, top = tables[season]
                item = values[min(bisect_right(weights, rand() * total), top)]
            name, category, price, ratio = ITEMS[item]
            r = rand()
            note = ""
            if kind == "wholesale":
                qty = rng.randint(5, 30)
                disc = 0.7 + 0.12 * rand()
                note = "批发价"
            elif kind == "corporate":
                qty = rng.randint(10, 80) if category in ("礼盒", "月饼") else rng.randint(3, 15)
                disc = 0.85 + 0.1 * rand()
                note = "企业团购，开增值税发票"
            else:
                qty = 1 if r < 0.74 else 2 if r < 0.92 else 3 if r < 0.97 else rng.randint(4, 8)
                if season and category in ("礼盒", "月饼", "粽子") and kind == "gift":
                    qty += rng.randint(1, 5)
                r = rand()
                if kind == "bargain":
                    disc = 0.35 + 0.25 * r
                    note = "团购券" if r < 0.5 else "直播间优惠"
                elif r < 0.82:
                    disc = 1.0
                elif r < 0.94:
                    disc = 0.9
                    note = "会员价"
                else:
                    disc = 0.8
                    note = "促销"
            cost: int | None = round(price * ratio * 100) * qty
            amount = round(price * qty * disc) * 100
            r = rand()
            if r < (0.12 if kind == "bargain" else 0.004):  # a refund for opened, unsellable goods
                amount, cost, note = -amount, 0, "退货退款（已拆封，无法再售）"
            elif r > 0.985 and price <= 60 and kind != "bargain":  # a small gift with a good order
                amount, note = 0, "赠品"
            elif day < 150 and r > 0.6:
                cost = None  # costs were not recorded in the first months
            out.append(
                (
                    cid,
                    dates[day],
                    name,
                    category,
                    qty * MilliField.SCALE,  # stored in thousandths; insert_rows writes raw values
                    amount,
                    cost,
                    main_channel if rand() < 0.8 else CHANNELS[int(rand() * 6)],
                    note,
                    midnight[day] + times[int(rand() * 97)],
                )
            )
            revenue += amount
        plan.revenue = revenue

    def _interactions(self, plan: _Plan, cid: int, staff_ids: list[int], out: list[tuple[Any, ...]]) -> None:
        rng = self.rng
        rand = rng.random
        cal = self.cal
        times = self.times
        last = HISTORY_DAYS
        staff = plan.staff if plan.staff is not None and rand() < 0.85 else staff_ids[int(rand() * len(staff_ids))]

        def add(day: int, kind: str, summary: str, sat: int | None = None, status: str = "", done: int = -1) -> None:
            at = cal.midnight[day] + times[int(rand() * 97)]
            resolved = cal.midnight[done] + times[int(rand() * 97)] if done >= 0 else None
            out.append((cid, at, kind, sat, summary, staff, status, resolved, at))

        if plan.kind == "potential":
            if rand() < 0.7:
                add(plan.start, "message" if rand() < 0.6 else "call", rng.choice(INQUIRIES))
            return
        start, end = plan.start, plan.end
        count = min(12, int(rng.expovariate(1 / 2.2)))
        for _ in range(count):
            day = start + int(rand() * (end - start + 1))
            r = rand()
            if r < 0.25 and plan.local:
                add(day, "visit", rng.choice(VISITS))
            elif r < 0.5:  # the visits of customers far away are calls
                add(day, "call", rng.choice(CALLS))
            elif r < 0.78:
                add(day, "message", rng.choice(MESSAGES))
            elif r < 0.95:
                low = plan.kind == "bargain" or plan.churn_reason == "fault"
                sat = rng.choice((1, 2, 3, 3, 4)) if low else rng.choice((5, 5, 5, 5, 4, 4, 4, 3, 3, 2))
                add(day, "feedback", rng.choice(FEEDBACK[sat]), sat)
            else:
                add(day, "note", rng.choice(NOTE_TEXTS))
        if plan.churn_reason == "fault":  # what drove them away, recorded shortly before they left
            day = max(start, end - rng.randint(0, 20))
            if rand() < 0.7:
                add(
                    day,
                    "complaint",
                    rng.choice(COMPLAINTS),
                    status="resolved",
                    done=min(last, day + rng.randint(1, 10)),
                )
            else:
                add(day, "complaint", rng.choice(COMPLAINTS), status="open")
        elif rand() < 0.03:
            day = start + int(rand() * (end - start + 1))
            if (day >= last - 30 and rand() < 0.6) or rand() < 0.05:  # recent, or old and never closed
                add(day, "complaint", rng.choice(COMPLAINTS), status="open")
            else:
                add(
                    day, "complaint", rng.choice(COMPLAINTS), status="resolved", done=min(last, day + rng.randint(1, 6))
                )
        if plan.revenue >= 500_000 and plan.mail_consent and not plan.churned:  # the owner's handwritten cards
            for day in cal.card_days:
                if start <= day:
                    add(day, "greeting", "春节手写贺卡已寄出")
            if plan.birthday and plan.birthday[2] == "solar":
                day = (_this_year(cal.today, plan.birthday[0], plan.birthday[1]) - cal.first).days
                if start <= day <= last:
                    add(day, "greeting", "生日祝福已通过微信发送")

    # --- reminders and tags ---

    def _reminders(self, plans: list[_Plan], ids: list[int]) -> None:
        """Open reminders as a working shop has them: some overdue, some due today,
        some this week; a few done ones with their outcome; festival preparations."""
        rng = self.rng
        cal = self.cal
        today = cal.today
        last = HISTORY_DAYS
        rows: list[tuple[Any, ...]] = []

        def add(
            cid: int | None,
            due: dt.date,
            title: str,
            kind: str,
            staff: int | None,
            *,
            status: str = "open",
            outcome: str = "",
            every: int = 0,
            unit: str = "",
        ) -> None:
            due_time = rng.choice(("", "", "", "10:00", "14:30", "16:00"))
            created = min(today, due) - dt.timedelta(days=rng.randint(1, 20))
            done = dt.datetime(due.year, due.month, due.day, 17) if status == "done" else None
            rows.append(
                (cid, due, due_time, title, kind, every, unit, status, outcome, "manual", staff,
                 dt.datetime(created.year, created.month, created.day, 9, 30), done)
            )  # fmt: skip

        for plan, cid in zip(plans, ids, strict=True):
            r = rng.random()
            name = plan.name
            if plan.kind == "potential":
                if plan.start >= last - 30 and r < 0.5:
                    add(
                        cid,
                        cal.date(min(last + 7, plan.start + 7)),
                        f"潜在客户{name}：回访并寄茶样",
                        "new_customer",
                        plan.staff,
                    )
                continue
            if plan.churned:
                continue
            if plan.end >= last - 120:
                if r < 0.04:
                    due = today + dt.timedelta(days=rng.choice((-20, -9, -3, -1, 0, 0, 0, 1, 2, 3, 5, 7, 14)))
                    add(cid, due, f"回访{name}：{rng.choice(CALLBACK_TOPICS)}", "callback", plan.staff)
                elif r < 0.05:
                    add(
                        cid,
                        today + dt.timedelta(days=rng.randint(1, 30)),
                        rng.choice(CUSTOM_TITLES).format(name=name),
                        "custom",
                        plan.staff,
                    )
                elif r < 0.08:
                    due = today - dt.timedelta(days=rng.randint(7, 300))
                    add(cid, due, f"回访{name}：{rng.choice(CALLBACK_TOPICS)}", "callback", plan.staff,
                        status="done", outcome=rng.choice(OUTCOMES))  # fmt: skip
                if plan.kind == "wholesale" and rng.random() < 0.5:
                    add(cid, today + dt.timedelta(days=rng.randint(0, 30)), f"给{name}送月度茶样", "custom", plan.staff,
                        every=1, unit="months")  # fmt: skip
            elif rng.random() < 0.15:
                months = (last - plan.end) // 30
                due = today + dt.timedelta(days=rng.randint(-5, 10))
                add(cid, due, f"{name}已{months}个月没来，打电话问候", "reengage", plan.staff)
            if plan.start >= last - 30 and rng.random() < 0.5:
                add(
                    cid,
                    cal.date(plan.start) + dt.timedelta(days=7),
                    f"新客户{name}首次回访",
                    "new_customer",
                    plan.staff,
                )
            if plan.birthday and plan.birthday[2] == "solar" and plan.revenue >= 200_000:
                when = _this_year(today, plan.birthday[0], plan.birthday[1])
                if when < today:
                    when = _this_year(today.replace(year=today.year + 1, month=1, day=1), *plan.birthday[:2])
                if (when - today).days <= 14:
                    title = f"{name}生日（{when.month}月{when.day}日），准备祝福"
                    add(cid, when - dt.timedelta(days=2), title, "birthday", plan.staff)
        self.cancel.check()
        if plans:
            autumn = cal.next_festival(8, 15, lunar=True)
            spring = cal.next_festival(1, 1, lunar=True)
            add(None, autumn - dt.timedelta(days=40), "中秋月饼礼盒备货", "festival", None, every=1, unit="years")
            add(
                None,
                spring - dt.timedelta(days=25),
                "确认春节贺卡名单，开始手写贺卡",
                "festival",
                None,
                every=1,
                unit="years",
            )
            add(
                None,
                cal.next_festival(11, 1, lunar=False),
                "双十一活动商品上架",
                "festival",
                None,
                every=1,
                unit="years",
            )
        rfields = [
            Reminder.customer,
            Reminder.due_date,
            Reminder.due_time,
            Reminder.title,
            Reminder.kind,
            Reminder.recur_every,
            Reminder.recur_unit,
            Reminder.status,
            Reminder.outcome,
            Reminder.origin,
            Reminder.staff,
            Reminder.created_at,
            Reminder.done_at,
        ]
        if rows:
            bulk.insert_rows(Reminder, rfields, rows, returning_ids=False)
        self.counts["reminders"] = len(rows)

    def _tags(self, plans: list[_Plan], ids: list[int]) -> None:
        """Tags the owner would have given: VIP for the top 3 % by revenue, and by kind."""
        rng = self.rng
        buyers = [i for i, p in enumerate(plans) if p.purchases]
        top = sorted(buyers, key=lambda i: (-plans[i].revenue, i))[: max(1, len(buyers) * 3 // 100)] if buyers else []
        for i in top:
            plans[i].tags.append("VIP")
        by_kind = {"wholesale": "批发", "corporate": "企业客户", "gift": "送礼", "bargain": "价格敏感"}
        for plan in plans:
            if plan.purchases and plan.start <= HISTORY_DAYS - 730 and not plan.churned:
                plan.tags.append("老客户")
            if plan.purchases and rng.random() < 0.3:
                plan.tags.append("会员")
            if plan.kind in by_kind:
                plan.tags.append(by_kind[plan.kind])
            if ITEMS[plan.favourite][1] == "茶叶" and plan.purchases >= 8:
                plan.tags.append("茶友")
        tag_ids = {}
        for name in TAGS:
            tag, created = Tag.get_or_create(name=name)
            tag_ids[name] = tag.id
            self.counts["tags"] += int(created)
        links = [(cid, tag_ids[t]) for plan, cid in zip(plans, ids, strict=True) for t in plan.tags]
        if links:
            bulk.insert_rows(CustomerTag, [CustomerTag.customer, CustomerTag.tag], links)


def _is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _this_year(today: dt.date, month: int, day: int) -> dt.date:
    """A solar birthday in ``today``'s year (29 February on the 28th in other years)."""
    if month == 2 and day == 29 and not _is_leap_year(today.year):
        day = 28
    return dt.date(today.year, month, day)
