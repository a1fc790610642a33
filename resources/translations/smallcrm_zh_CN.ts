<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="87"/>
        <location filename="../../smallcrm/ui/app.py" line="247"/>
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="131"/>
        <source>SmallCRM: unexpected error</source>
        <translation>SmallCRM：意外错误</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="133"/>
        <source>Something went wrong inside SmallCRM. This is a fault in the program, not something you did.</source>
        <translation>SmallCRM 内部出了问题。这是程序本身的毛病，不是您操作有误。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="138"/>
        <source>The technical details were written to {file}. You can keep working; if it happens again, please send that file to whoever looks after your SmallCRM.</source>
        <translation>技术细节已写入 {file}。您可以继续使用；如果再次出现，请把这个文件发给帮您维护 SmallCRM 的人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="229"/>
        <source>SmallCRM cannot open the database</source>
        <translation>SmallCRM 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="248"/>
        <source>This build of SmallCRM has no demo data.</source>
        <translation>这个版本的 SmallCRM 不含演示数据。</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="108"/>
        <source>Select a customer to see their details.</source>
        <translation>选择一位客户，即可在这里查看详细资料。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="145"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="146"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="147"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="148"/>
        <source>Next birthday</source>
        <translation>下次生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="149"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="150"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="151"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="152"/>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="153"/>
        <source>Total spent</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="154"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="155"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="194"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="195"/>
        <source>Customer No. %1</source>
        <translation>客户编号 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="207"/>
        <source>, </source>
        <comment>separator between tags</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="212"/>
        <source>Not counted (no cost price): %1</source>
        <translation>未计入（无成本价）：%1 笔</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="226"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="228"/>
        <source>%1 (age %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="237"/>
        <source>%1, today</source>
        <translation>%1，就是今天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="239"/>
        <source>%1, tomorrow</source>
        <translation>%1，明天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="241"/>
        <source>%1, in %2 days</source>
        <translation>%1，还有 %2 天</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="112"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="113"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="114"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="115"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="116"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="117"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="318"/>
        <source>SmallCRM — %1</source>
        <translation>SmallCRM — %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="322"/>
        <source>Search name, pinyin, phone, number or address</source>
        <translation>搜索姓名、拼音、手机号、编号或地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="401"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="402"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="408"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="409"/>
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="414"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="415"/>
        <source>&amp;About SmallCRM</source>
        <translation>关于 SmallCRM(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="419"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="474"/>
        <source>Customers: %1</source>
        <translation>客户：%1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="476"/>
        <source>Open reminders: %1</source>
        <translation>待办提醒：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="498"/>
        <source>%1 found</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="564"/>
        <source>Creating demo customers…</source>
        <translation>正在生成演示客户……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="564"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="565"/>
        <location filename="../../smallcrm/ui/main_window.py" line="600"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="574"/>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="597"/>
        <source>Cancelled: no demo customers were added.</source>
        <translation>已取消，没有添加任何演示客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="605"/>
        <source>Demo customers added.</source>
        <translation>演示客户已添加。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="613"/>
        <source>&lt;h3&gt;SmallCRM %1&lt;/h3&gt;&lt;p&gt;Customers, purchases and reminders for a small shop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SmallCRM %1&lt;/h3&gt;&lt;p&gt;帮小店管好客户、消费记录和提醒。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="617"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="618"/>
        <source>About SmallCRM</source>
        <translation>关于 SmallCRM</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../smallcrm/domain/demo.py" line="466"/>
        <location filename="../../smallcrm/domain/demo.py" line="601"/>
        <source>Creating demo customers</source>
        <translation>正在生成演示客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo.py" line="471"/>
        <source>Saving demo customers</source>
        <translation>正在保存演示客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo.py" line="483"/>
        <source>Demo data ready</source>
        <translation>演示数据已就绪</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo.py" line="806"/>
        <source>Creating purchases and contacts</source>
        <translation>正在生成购买记录和联系记录</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../smallcrm/settings.py" line="28"/>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="29"/>
        <source>Shop address</source>
        <translation>店铺地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="30"/>
        <source>Shop postcode</source>
        <translation>店铺邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="31"/>
        <source>Shop phone</source>
        <translation>店铺电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="32"/>
        <source>Default phone region</source>
        <translation>默认电话所属地区</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="33"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="34"/>
        <source>Language (empty: follow the system)</source>
        <translation>语言（留空则跟随系统）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="35"/>
        <source>Prefix of new customer numbers</source>
        <translation>新客户编号前缀</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="36"/>
        <source>Search index version</source>
        <translation>搜索索引版本</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../smallcrm/errors.py" line="69"/>
        <source>file {file}</source>
        <translation>文件 {file}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="70"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="71"/>
        <source>column {column}</source>
        <translation>{column} 列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="72"/>
        <source>{message} ({where}).</source>
        <translation>{message}（{where}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="73"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/birthdays.py" line="155"/>
        <source>{value} is not a valid date.</source>
        <translation>{value} 不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/birthdays.py" line="208"/>
        <source>{value} has an impossible year for a birthday.</source>
        <translation>{value} 中的年份不可能是出生年份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/birthdays.py" line="228"/>
        <source>{value} is in the future.</source>
        <translation>{value} 是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="69"/>
        <source>A customer with this phone number or customer number already exists: {name} (id {id}).</source>
        <translation>已有客户使用这个手机号或客户编号：{name}（ID {id}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="82"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>文字超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="95"/>
        <source>{value} is not yes or no.</source>
        <translation>{value} 不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="106"/>
        <source>There is no staff member {value}.</source>
        <translation>没有员工 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="125"/>
        <source>There is no customer field {field}.</source>
        <translation>客户资料中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="137"/>
        <source>{value} is not a gender (M or F).</source>
        <translation>{value} 不是性别（男或女）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="155"/>
        <source>{value} is not active or churned.</source>
        <translation>{value} 不是“活跃”或“已流失”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="162"/>
        <source>{value} is not natural, competitive or fault.</source>
        <translation>{value} 不是“自然流失”“竞争流失”或“过失流失”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="204"/>
        <location filename="../../smallcrm/domain/customers.py" line="422"/>
        <source>There is no customer with id {id}.</source>
        <translation>没有 ID 为 {id} 的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="263"/>
        <source>A customer needs at least a name or a phone number.</source>
        <translation>客户至少要有姓名或手机号。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="303"/>
        <source>The customer number cannot be empty.</source>
        <translation>客户编号不能为空。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="336"/>
        <source>The tag name is empty.</source>
        <translation>标签名是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="412"/>
        <source>Customer {id} is not in the trash; move it to the trash first.</source>
        <translation>客户 {id} 不在回收站里；请先把它移入回收站。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="526"/>
        <source>The customer number {value} is already in use.</source>
        <translation>客户编号 {value} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/dates.py" line="31"/>
        <source>{value} is not a valid date; write it as 2024-03-01.</source>
        <translation>{value} 不是有效的日期；请写成 2024-03-01 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/dates.py" line="58"/>
        <source>{value} is not a valid time; write it as 14:30.</source>
        <translation>{value} 不是有效的时间；请写成 14:30 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="390"/>
        <source>There is no customer field {field} to choose in a merge.</source>
        <translation>合并时没有可选的客户资料项“{field}”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="395"/>
        <source>The choice for {field} must be keep or other, not {value}.</source>
        <translation>“{field}”的选择只能是 keep（保留这位的）或 other（用另一位的），不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="406"/>
        <source>Customer {id} is in the trash; restore it before merging.</source>
        <translation>客户 {id} 在回收站里；合并前请先恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="429"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能和自己合并。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="512"/>
        <source>There is no merge with id {id}.</source>
        <translation>没有 ID 为 {id} 的合并记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="514"/>
        <source>Merge {id} has already been undone.</source>
        <translation>合并记录 {id} 已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="526"/>
        <source>Customer {id} has since been merged into customer {into}; undo that merge first.</source>
        <translation>客户 {id} 后来又被合并到了客户 {into}；请先撤销那次合并。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="534"/>
        <source>Customer {id} has been moved to the trash since the merge; restore it before undoing the merge.</source>
        <translation>合并之后客户 {id} 被移入了回收站；撤销合并前请先恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="542"/>
        <source>Customer {id} has been restored from the trash since the merge, so the merge cannot be undone.</source>
        <translation>合并之后客户 {id} 已从回收站恢复，因此这次合并无法撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="646"/>
        <source>Customer number {number} is now used by customer {id}, so the merge cannot be undone; change that customer&apos;s number first.</source>
        <translation>客户编号 {number} 现在被客户 {id} 使用，因此合并无法撤销；请先修改那位客户的编号。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="28"/>
        <source>{value} is not a kind of interaction ({kinds}).</source>
        <translation>{value} 不是一种互动类型（{kinds}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="44"/>
        <source>Satisfaction is a score from 1 to 5, not {value}.</source>
        <translation>满意度是 1 到 5 的评分，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="56"/>
        <source>{value} is not open or resolved.</source>
        <translation>{value} 不是“待处理”或“已解决”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="61"/>
        <source>There is no interaction field {field}.</source>
        <translation>互动记录中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="72"/>
        <source>Say what kind of interaction this was.</source>
        <translation>请说明这是哪种互动。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="85"/>
        <source>There is no interaction with id {id}.</source>
        <translation>没有 ID 为 {id} 的互动记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/money.py" line="19"/>
        <location filename="../../smallcrm/domain/money.py" line="27"/>
        <location filename="../../smallcrm/domain/money.py" line="32"/>
        <location filename="../../smallcrm/domain/money.py" line="35"/>
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是金额。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/money.py" line="40"/>
        <source>{value} has more than two decimal places.</source>
        <translation>{value} 的小数超过了两位。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/money.py" line="47"/>
        <source>{value} is too large an amount.</source>
        <translation>金额 {value} 太大了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/phones.py" line="46"/>
        <source>The phone number {value} is in scientific notation, so its last digits are lost; type it again or format the column as text.</source>
        <translation>手机号 {value} 是科学计数法格式，末尾几位数字已经丢失；请重新输入，或把这一列设置为文本格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/phones.py" line="58"/>
        <source>{value} is not a phone number.</source>
        <translation>{value} 不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/phones.py" line="80"/>
        <source>{value} is not a complete phone number for region {region}.</source>
        <translation>{value} 不是 {region} 地区的完整电话号码。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="37"/>
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="40"/>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="43"/>
        <source>{value} is too large a quantity.</source>
        <translation>数量 {value} 太大了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="55"/>
        <source>There is no purchase field {field}.</source>
        <translation>购买记录中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="68"/>
        <source>A purchase needs an amount.</source>
        <translation>购买记录需要填写金额。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="76"/>
        <source>There is no purchase with id {id}.</source>
        <translation>没有 ID 为 {id} 的购买记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="35"/>
        <location filename="../../smallcrm/domain/reminders.py" line="97"/>
        <source>A reminder needs a title.</source>
        <translation>提醒需要填写标题。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="40"/>
        <source>{value} is not a kind of reminder.</source>
        <translation>{value} 不是一种提醒类型。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="53"/>
        <source>There is no reminder field {field}.</source>
        <translation>提醒中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="71"/>
        <source>{value} is not a repeat interval such as &apos;2 weeks&apos;.</source>
        <translation>{value} 不是有效的重复间隔，例如“2 weeks”（每 2 周）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="95"/>
        <source>A reminder needs a due date.</source>
        <translation>提醒需要填写到期日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="105"/>
        <source>There is no reminder with id {id}.</source>
        <translation>没有 ID 为 {id} 的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="123"/>
        <source>Reminder {id} is already done.</source>
        <translation>提醒 {id} 已经完成了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="198"/>
        <source>{value} is not today, overdue, week or all.</source>
        <translation>{value} 不是 today（今天）、overdue（已过期）、week（本周）或 all（全部）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/staff.py" line="19"/>
        <source>A staff member needs a name.</source>
        <translation>员工需要填写姓名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="35"/>
        <location filename="../../smallcrm/store/backup.py" line="58"/>
        <source>Cannot write the backup: {reason}.</source>
        <translation>无法写入备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="69"/>
        <source>The backup file does not exist.</source>
        <translation>备份文件不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="79"/>
        <source>This file is not a SmallCRM backup: {reason}.</source>
        <translation>这个文件不是 SmallCRM 备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="85"/>
        <source>This file is not a SmallCRM backup or it is damaged.</source>
        <translation>这个文件不是 SmallCRM 备份，或者已经损坏。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="138"/>
        <source>This is the database in use, not a backup of it.</source>
        <translation>这是正在使用的数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="156"/>
        <source>Cannot restore the backup: {reason}.</source>
        <translation>无法恢复备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="61"/>
        <source>This is a folder, not a database file.</source>
        <translation>这是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="70"/>
        <source>Cannot create the folder for the database: {reason}.</source>
        <translation>无法创建存放数据库的文件夹：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="113"/>
        <source>The database is busy in another program or window; close it and try again.</source>
        <translation>数据库正被其他程序或窗口占用；请关闭后重试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="121"/>
        <source>This file is not a SmallCRM database or it is damaged; restore a backup with &apos;smallcrm restore FILE&apos; or choose another file.</source>
        <translation>这个文件不是 SmallCRM 数据库，或者已经损坏；请用“smallcrm restore 备份文件”恢复备份，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="130"/>
        <source>The database file cannot be opened for writing; check its permissions.</source>
        <translation>数据库文件无法写入；请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="135"/>
        <source>The disk is full or failing; free some space and try again.</source>
        <translation>磁盘已满或出现故障；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="139"/>
        <source>The database could not be used: {reason}.</source>
        <translation>无法使用数据库：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="154"/>
        <source>The database is damaged ({detail}); restore the latest backup with &apos;smallcrm restore FILE&apos; or from the File menu.</source>
        <translation>数据库已损坏（{detail}）；请用“smallcrm restore 备份文件”或“文件”菜单恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/migrations/__init__.py" line="33"/>
        <source>This file is an SQLite database of another program, not SmallCRM&apos;s.</source>
        <translation>这个文件是其他程序的 SQLite 数据库，不是 SmallCRM 的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/migrations/__init__.py" line="46"/>
        <source>This database was written by a newer SmallCRM (schema {found}, this app knows up to {known}); install the newer version to open it.</source>
        <translation>这个数据库由更新版本的 SmallCRM 写入（结构版本 {found}，本程序最高支持 {known}）；请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="73"/>
        <source>The setting {key} needs a {type} value.</source>
        <translation>设置项 {key} 需要 {type} 类型的值。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="87"/>
        <source>There is no setting called {key}.</source>
        <translation>没有名为 {key} 的设置项。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="254"/>
        <source>Welcome to SmallCRM</source>
        <translation>欢迎使用 SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="264"/>
        <source>SmallCRM keeps your customers in one place: who they are, how to reach them, their birthdays and what they bought. Your customer list is still empty.</source>
        <translation>SmallCRM 把客户资料集中在一处：客户是谁、怎么联系、什么时候过生日、买过什么。您的客户名单现在还是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="271"/>
        <source>Explore with demo data</source>
        <translation>用演示数据体验一下</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="276"/>
        <source>To look around first, fill it with {count} made-up customers. They stay in this database, so use it for trying SmallCRM out, not for your real customers.</source>
        <translation>想先熟悉一下，可以填入 {count} 位虚构的演示客户。它们会一直留在这个数据库里，所以这个数据库只适合试用，不要再录入真实客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="288"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
</TS>
