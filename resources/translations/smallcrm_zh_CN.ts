<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="87" />
        <location filename="../../smallcrm/ui/app.py" line="247" />
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="131" />
        <source>SmallCRM: unexpected error</source>
        <translation>SmallCRM：意外错误</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="133" />
        <source>Something went wrong inside SmallCRM. This is a fault in the program, not something you did.</source>
        <translation>SmallCRM 内部出了问题。这是程序本身的毛病，不是您操作有误。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="138" />
        <source>The technical details were written to {file}. You can keep working; if it happens again, please send that file to whoever looks after your SmallCRM.</source>
        <translation>技术细节已写入 {file}。您可以继续使用；如果再次出现，请把这个文件发给帮您维护 SmallCRM 的人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="229" />
        <source>SmallCRM cannot open the database</source>
        <translation>SmallCRM 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="248" />
        <source>This build of SmallCRM has no demo data.</source>
        <translation>这个版本的 SmallCRM 不含演示数据。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../smallcrm/plots.py" line="62" />
        <source>Customers by profit tier</source>
        <translation>按利润层级的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="63" />
        <source>Customers by RFM group</source>
        <translation>按RFM分组的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="64" />
        <source>Customers by age</source>
        <translation>按年龄的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="65" />
        <source>Customers by income</source>
        <translation>按收入的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="66" />
        <source>Customers by lifecycle stage</source>
        <translation>按发展阶段的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="67" />
        <source>Customers by churn status</source>
        <translation>按流失状态的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="70" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="71" />
        <source>Share of profit (%)</source>
        <translation>利润占比（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="72" />
        <source>New and lost customers per month</source>
        <translation>每月新增与流失客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="73" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="74" />
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="75" />
        <source>Churn rate (%)</source>
        <translation>流失率（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="76" />
        <source>Why customers were lost, per month</source>
        <translation>每月客户流失原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="77" />
        <source>Share of profit by share of customers</source>
        <translation>客户占比与利润占比</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="78" />
        <source>Customers, best first (%)</source>
        <translation>客户（从最好的开始，%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="79" />
        <source>Cumulative share of profit (%)</source>
        <translation>累计利润占比（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="80" />
        <source>Profit share of each tenth (%)</source>
        <translation>每十分之一客户的利润占比（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="81" />
        <source>Customers moving between profit tiers</source>
        <translation>在利润层级间变动的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="82" />
        <source>Upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="83" />
        <source>Downgraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="84" />
        <source>Customers still buying, by month of first purchase</source>
        <translation>按首次购买月份的仍在购买客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="85" />
        <source>Months after the first purchase</source>
        <translation>首次购买后的月数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="86" />
        <source>First purchase in</source>
        <translation>首次购买于</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="87" />
        <source>Average satisfaction per month</source>
        <translation>每月平均满意度</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="88" />
        <source>Average score (1-5)</source>
        <translation>平均评分（1-5）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="89" />
        <source>Scores given</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="90" />
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="108" />
        <source>Select a customer to see their details.</source>
        <translation>选择一位客户以查看详情。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="145" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="146" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="147" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="148" />
        <source>Next birthday</source>
        <translation>下次生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="149" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="150" />
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="151" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="152" />
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="153" />
        <source>Total spent</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="154" />
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="155" />
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="194" />
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="195" />
        <source>Customer No. %1</source>
        <translation>客户编号 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="207" />
        <source>, </source>
        <comment>separator between tags</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="212" />
        <source>Not counted (no cost price): %1</source>
        <translation>未计入（无成本价）：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="226" />
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="228" />
        <source>%1 (age %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="237" />
        <source>%1, today</source>
        <translation>%1，就是今天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="239" />
        <source>%1, tomorrow</source>
        <translation>%1，明天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="241" />
        <source>%1, in %2 days</source>
        <translation>%1，还有 %2 天</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="112" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="113" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="114" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="115" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="116" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="117" />
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
</context>
<context>
    <name>Festival</name>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="109" />
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="110" />
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="111" />
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1292" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1293" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1294" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="318" />
        <source>SmallCRM — %1</source>
        <translation>SmallCRM — %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="322" />
        <source>Search name, pinyin, phone, number or address</source>
        <translation>搜索姓名、拼音、手机号、编号或地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="401" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="402" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="408" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="409" />
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="414" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="415" />
        <source>&amp;About SmallCRM</source>
        <translation>关于 SmallCRM(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="419" />
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="474" />
        <source>Customers: %1</source>
        <translation>客户：%1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="476" />
        <source>Open reminders: %1</source>
        <translation>待办提醒：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="498" />
        <source>%1 found</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="564" />
        <source>Creating demo customers…</source>
        <translation>正在生成演示客户……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="564" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="565" />
        <location filename="../../smallcrm/ui/main_window.py" line="600" />
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="574" />
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="597" />
        <source>Cancelled: no demo customers were added.</source>
        <translation>已取消，没有添加任何演示客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="605" />
        <source>Demo customers added.</source>
        <translation>演示客户已添加。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="613" />
        <source>&lt;h3&gt;SmallCRM %1&lt;/h3&gt;&lt;p&gt;Customers, purchases and reminders for a small shop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SmallCRM %1&lt;/h3&gt;&lt;p&gt;帮小店管好客户、消费记录和提醒。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="617" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="618" />
        <source>About SmallCRM</source>
        <translation>关于 SmallCRM</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../smallcrm/domain/demo.py" line="466" />
        <location filename="../../smallcrm/domain/demo.py" line="601" />
        <source>Creating demo customers</source>
        <translation>正在生成演示客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo.py" line="471" />
        <source>Saving demo customers</source>
        <translation>正在保存演示客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo.py" line="483" />
        <source>Demo data ready</source>
        <translation>演示数据已就绪</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo.py" line="806" />
        <source>Creating purchases and contacts</source>
        <translation>正在生成购买记录和联系记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="96" />
        <source>Making reminders</source>
        <translation>正在生成提醒</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="90" />
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="91" />
        <source>Festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="92" />
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="93" />
        <source>New-customer check-in</source>
        <translation>新客户回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="94" />
        <source>Win back quiet customers</source>
        <translation>挽回久未光顾的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="100" />
        <source>Birthday of {name} on {when}</source>
        <translation>{name} 的生日在 {when}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="101" />
        <source>{date} (lunar {lunar})</source>
        <translation>{date}（农历{lunar}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="102" />
        <source>{festival} on {date}: send {name} greetings</source>
        <translation>{date} {festival}：给 {name} 送上问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="103" />
        <source>Follow up the complaint of {name} from {date}: {summary}</source>
        <translation>回访 {name} {date} 的投诉：{summary}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="104" />
        <source>Check in with new customer {name} (first purchase {date})</source>
        <translation>回访新客户 {name}（首次购买 {date}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="105" />
        <source>Win back {name}: no purchase since {date}</source>
        <translation>挽回 {name}：自 {date} 起没有购买</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../smallcrm/domain/churn.py" line="648" />
        <source>Too little history for the model ({buyers} customers have bought, {repeaters} came back; it needs {min_buyers} and {min_repeaters}): simple rules are used.</source>
        <translation>历史数据太少，模型用不上（{buyers} 位客户买过，{repeaters} 位回头；需要 {min_buyers} 和 {min_repeaters} 位）：改用简单规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/churn.py" line="657" />
        <source>The model could not be fitted to this history: simple rules are used.</source>
        <translation>模型无法拟合这些历史数据：改用简单规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="48" />
        <source>Profit tier</source>
        <translation>利润分层</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="49" />
        <source>RFM group</source>
        <translation>RFM 分组</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="50" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="51" />
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="52" />
        <source>Lifecycle stage</source>
        <translation>客户发展阶段</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="53" />
        <source>Churn status</source>
        <translation>流失状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="54" />
        <source>Saved segment</source>
        <translation>已存的客户群</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="60" />
        <source>High profit</source>
        <translation>高利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="61" />
        <source>Medium profit</source>
        <translation>中等利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="62" />
        <source>No profit</source>
        <translation>无收益</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="63" />
        <source>Loss-making</source>
        <translation>亏损</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="66" />
        <source>Champions</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="67" />
        <source>Loyal customers</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="68" />
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="69" />
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="70" />
        <source>Promising</source>
        <translation>有潜力</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="71" />
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="72" />
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="73" />
        <location filename="../../smallcrm/domain/segments.py" line="95" />
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="74" />
        <source>Can't lose them</source>
        <translation>不能流失的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="75" />
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="78" />
        <source>Under 25</source>
        <translation>25 岁以下</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="79" />
        <source>25 to 34</source>
        <translation>25 到 34 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="80" />
        <source>35 to 44</source>
        <translation>35 到 44 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="81" />
        <source>45 to 54</source>
        <translation>45 到 54 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="82" />
        <source>55 to 64</source>
        <translation>55 到 64 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="83" />
        <source>65 and over</source>
        <translation>65 岁及以上</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="84" />
        <source>Age unknown</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="87" />
        <source>Loyal</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="88" />
        <source>Retained</source>
        <translation>留住</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="89" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="90" />
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="91" />
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="94" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="96" />
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="99" />
        <source>Income not recorded</source>
        <translation>收入未记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="102" />
        <source>Natural (moved away, no longer needs it)</source>
        <translation>自然流失（搬走了、不再需要）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="103" />
        <source>Lost to a competitor</source>
        <translation>被同行抢走</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="104" />
        <source>Our fault (price, quality, service)</source>
        <translation>我们的过失（价格、质量、服务）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="105" />
        <source>Marked lost, no reason given</source>
        <translation>标为流失，未写原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="106" />
        <source>Stopped buying (model)</source>
        <translation>不再购买（模型判断）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="107" />
        <source>No purchase for too long</source>
        <translation>太久没有购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="113" />
        <source>Profit over the analysis window (default the last 12 months) = what the customer paid − the cost of the goods − the service cost setting for every visit, call, message, complaint, feedback or greeting (a simple activity-based costing). Loss-making: below zero. No profit: from zero up to the no-profit setting. The others are ranked by profit: the best ones, who together make the high-profit share (default 80 %) of their profit, are high profit; the rest medium profit.</source>
        <translation>分析期内（默认最近 12 个月）的利润 = 客户实付 − 商品成本 − 每次到店、电话、消息、投诉、反馈或问候按设置计的服务成本（简单的作业成本法）。亏损：低于零。无收益：从零到“无收益”设置之间。其余按利润排序：最好的那些客户合起来占利润的高利润份额（默认 80%），算高利润；其余算中等利润。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="121" />
        <source>RFM scores customers who have bought from 1 to 5 on recency (days since the last purchase day), frequency (purchase days) and monetary value (total spend): 1 + ⌊5 × the share of customers with a worse value⌋, so equal values get equal scores. The group follows the recency score and the average of the frequency and monetary scores: Champions 5/4–5, Loyal 3–4/4–5, Potential loyalists 4–5/2–3, New customers 5/1, Promising 4/1, Need attention 3/3, About to sleep 3/1–2, At risk 1–2/3–4, Can't lose them 1–2/5, Hibernating 1–2/1–2.</source>
        <translation>RFM 给买过东西的客户在最近一次消费（距最后购买日的天数）、消费频率（购买天数）和消费金额（总消费）上各打 1 到 5 分：1 + ⌊5 × 比他差的客户所占比例⌋，所以数值相同分数也相同。分组按最近一次消费的分数和频率、金额两项的平均分：重要价值客户 5/4–5，忠诚客户 3–4/4–5，潜在忠诚客户 4–5/2–3，新客户 5/1，有潜力 4/1，需要关注 3/3，即将沉睡 3/1–2，有流失风险 1–2/3–4，不能流失的客户 1–2/5，沉睡客户 1–2/1–2。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="130" />
        <source>Age in completed years on the analysis day, from birthdays with a year; lunar birthdays count lunar years.</source>
        <translation>按分析日的周岁计算，只算有年份的生日；农历生日按农历年算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="134" />
        <source>The income band as recorded in each customer's profile.</source>
        <translation>客户档案里记录的收入档次。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="135" />
        <source>Potential: has not bought yet. New: one purchase day, no good feedback yet. Satisfied: came back for a second purchase day, or gave a satisfaction score of 4 or 5. Retained: at least 3 purchase days, one of them in the last 12 months, and not unhappy (latest score 1 or 2, or a complaint still open). Loyal: retained, first purchase at least 24 months ago and at least 6 purchase days. A customer who stops buying falls back to satisfied and shows up as at risk or lost.</source>
        <translation>潜在：还没买过。新：只有一个购买日，还没有好评。满意：回头买了第二天，或给了 4 分或 5 分的满意度。留住：至少 3 个购买日，其中一个在最近 12 个月内，而且没有不满（最近评分 1 或 2 分，或有未解决的投诉）。老客户：已留住，首次购买至少在 24 个月前，且至少 6 个购买日。不再购买的客户会退回“满意”，并显示为有流失风险或已流失。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="143" />
        <source>At risk: a customer who came back before and whose chance of still buying is below the at-risk setting. Lost (churned): marked so by you, with a reason, or a chance below the lost setting. Customers who bought only once are judged by the days since that purchase.</source>
        <translation>有流失风险：以前回头过、但仍会购买的可能性低于“有流失风险”设置的客户。已流失：您标记为流失并写了原因的，或可能性低于“已流失”设置的。只买过一次的客户按距那次购买的天数判断。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="149" />
        <source>The chance that a customer still buys, their expected purchases and lifetime value come from the BG/NBD and Gamma-Gamma models, fitted to all your customers' purchase days (several purchases on one day count once; the first purchase day is not a repeat). Lifetime value is the expected spend over the coming months, discounted.</source>
        <translation>客户仍会购买的可能性、预计购买次数和终身价值来自 BG/NBD 和 Gamma-Gamma 模型，按全部客户的购买日拟合（同一天的多笔购买算一次；第一个购买日不算回头）。终身价值是今后几个月的预计消费，按折现计算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="156" />
        <source>Too little purchase history for the model: at risk and lost follow the days since the last purchase, expected purchases the customer's own past rate.</source>
        <translation>购买历史太少，模型用不上：有流失风险和已流失按距最后购买的天数判断，预计购买次数按客户自己过去的频率估计。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="161" />
        <source>A purchase day is a calendar day with at least one purchase of a positive amount; several purchases on one day count once. Everything up to and including the analysis day is used, nothing after it.</source>
        <translation>购买日是至少有一笔正金额购买的日子；同一天的多笔购买算一次。只用到分析日为止（含当天）的数据，之后的不算。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../smallcrm/settings.py" line="28" />
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="29" />
        <source>Shop address</source>
        <translation>店铺地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="30" />
        <source>Shop postcode</source>
        <translation>店铺邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="31" />
        <source>Shop phone</source>
        <translation>店铺电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="32" />
        <source>Default phone region</source>
        <translation>默认电话所属地区</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="33" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="34" />
        <source>Language (empty: follow the system)</source>
        <translation>语言（留空则跟随系统）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="35" />
        <source>Prefix of new customer numbers</source>
        <translation>新客户编号前缀</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="36" />
        <source>Search index version</source>
        <translation>搜索索引版本</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="38" />
        <source>Remind me of birthdays</source>
        <translation>提醒我客户生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="39" />
        <source>Days before a birthday to remind me</source>
        <translation>生日前几天提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="40" />
        <source>Remind me to send festival greetings</source>
        <translation>提醒我节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="41" />
        <source>Days before a festival to remind me</source>
        <translation>节日前几天提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="46" />
        <source>Customers to greet at festivals (all, or tag:NAME)</source>
        <translation>节日问候哪些客户（all 表示全部，或 tag:标签名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="52" />
        <source>Traditional festivals to greet customers on</source>
        <translation>要问候客户的传统节日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="55" />
        <source>Remind me to follow up open complaints</source>
        <translation>提醒我回访未解决的投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="58" />
        <source>Days after a complaint to follow it up</source>
        <translation>投诉后几天回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="61" />
        <source>Remind me to check in with new customers</source>
        <translation>提醒我回访新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="64" />
        <source>Days after a first purchase to check in</source>
        <translation>首次购买后几天回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="67" />
        <source>Remind me of customers who stopped buying</source>
        <translation>提醒我久未光顾的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="73" />
        <source>Remind me after this many of a customer's usual purchase intervals</source>
        <translation>超过客户平时购买间隔的几倍后提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="79" />
        <source>Days a missed check-in or win-back reminder is still made</source>
        <translation>错过的回访或挽回提醒在几天内仍会补建</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="86" />
        <source>Months of purchases that decide profit tiers</source>
        <translation>按最近几个月的购买划分利润层次</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="92" />
        <source>Cost of serving a customer once (a visit, call, message...), in fen</source>
        <translation>服务客户一次（到店、电话、消息……）的成本，单位：分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="98" />
        <source>High-profit customers are the best ones making this share of profit (%)</source>
        <translation>高利润客户是占利润这一比例（%）的最好的那些客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="104" />
        <source>Profit up to this many fen counts as no profit</source>
        <translation>利润不超过这么多分算无收益</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="110" />
        <source>At risk below this chance (%) that a customer is still buying</source>
        <translation>仍会购买的可能性低于这个比例（%）算有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="116" />
        <source>Lost below this chance (%) that a customer is still buying</source>
        <translation>仍会购买的可能性低于这个比例（%）算已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="122" />
        <source>Too little history: at risk after this many days without a purchase</source>
        <translation>历史太少时：这么多天没有购买算有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="128" />
        <source>Too little history: lost after this many days without a purchase</source>
        <translation>历史太少时：这么多天没有购买算已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="130" />
        <source>Months ahead that lifetime value counts</source>
        <translation>终身价值往后算几个月</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="135" />
        <source>Yearly discount rate for lifetime value (%)</source>
        <translation>终身价值的年折现率（%）</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../smallcrm/errors.py" line="69" />
        <source>file {file}</source>
        <translation>文件 {file}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="70" />
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="71" />
        <source>column {column}</source>
        <translation>{column} 列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="72" />
        <source>{message} ({where}).</source>
        <translation>{message}（{where}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="73" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/birthdays.py" line="155" />
        <source>{value} is not a valid date.</source>
        <translation>{value} 不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/birthdays.py" line="208" />
        <source>{value} has an impossible year for a birthday.</source>
        <translation>{value} 中的年份不可能是出生年份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/birthdays.py" line="228" />
        <source>{value} is in the future.</source>
        <translation>{value} 是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="69" />
        <source>A customer with this phone number or customer number already exists: {name} (id {id}).</source>
        <translation>已有客户使用这个手机号或客户编号：{name}（ID {id}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="82" />
        <source>The text is longer than {limit} characters.</source>
        <translation>文字超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="95" />
        <source>{value} is not yes or no.</source>
        <translation>{value} 不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="106" />
        <location filename="../../smallcrm/domain/reminders.py" line="375" />
        <location filename="../../smallcrm/domain/staff.py" line="43" />
        <source>There is no staff member {value}.</source>
        <translation>没有员工 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="125" />
        <source>There is no customer field {field}.</source>
        <translation>客户资料中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="137" />
        <location filename="../../smallcrm/sheets/importer.py" line="709" />
        <source>{value} is not a gender (M or F).</source>
        <translation>{value} 不是性别（男或女）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="155" />
        <source>{value} is not active or churned.</source>
        <translation>{value} 不是“活跃”或“已流失”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="162" />
        <source>{value} is not natural, competitive or fault.</source>
        <translation>{value} 不是“自然流失”“竞争流失”或“过失流失”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="204" />
        <location filename="../../smallcrm/domain/customers.py" line="489" />
        <source>There is no customer with id {id}.</source>
        <translation>没有 ID 为 {id} 的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="263" />
        <source>A customer needs at least a name or a phone number.</source>
        <translation>客户至少要有姓名或手机号。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="305" />
        <source>The customer number cannot be empty.</source>
        <translation>客户编号不能为空。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="356" />
        <source>The tag name is empty.</source>
        <translation>标签名是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="460" />
        <source>Customer {id} is not in the trash; move it to the trash first.</source>
        <translation>客户 {id} 不在回收站里；请先把它移入回收站。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="597" />
        <source>The customer number {value} is already in use.</source>
        <translation>客户编号 {value} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/dates.py" line="31" />
        <source>{value} is not a valid date; write it as 2024-03-01.</source>
        <translation>{value} 不是有效的日期；请写成 2024-03-01 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/dates.py" line="58" />
        <source>{value} is not a valid time; write it as 14:30.</source>
        <translation>{value} 不是有效的时间；请写成 14:30 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="391" />
        <source>There is no customer field {field} to choose in a merge.</source>
        <translation>合并时没有可选的客户资料项“{field}”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="396" />
        <source>The choice for {field} must be keep or other, not {value}.</source>
        <translation>“{field}”的选择只能是 keep（保留这位的）或 other（用另一位的），不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="407" />
        <source>Customer {id} is in the trash; restore it before merging.</source>
        <translation>客户 {id} 在回收站里；合并前请先恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="430" />
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能和自己合并。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="524" />
        <source>There is no merge with id {id}.</source>
        <translation>没有 ID 为 {id} 的合并记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="526" />
        <source>Merge {id} has already been undone.</source>
        <translation>合并记录 {id} 已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="538" />
        <source>Customer {id} has since been merged into customer {into}; undo that merge first.</source>
        <translation>客户 {id} 后来又被合并到了客户 {into}；请先撤销那次合并。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="546" />
        <source>Customer {id} has been moved to the trash since the merge; restore it before undoing the merge.</source>
        <translation>合并之后客户 {id} 被移入了回收站；撤销合并前请先恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="554" />
        <source>Customer {id} has been restored from the trash since the merge, so the merge cannot be undone.</source>
        <translation>合并之后客户 {id} 已从回收站恢复，因此这次合并无法撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="670" />
        <source>Customer number {number} is now used by customer {id}, so the merge cannot be undone; change that customer's number first.</source>
        <translation>客户编号 {number} 现在被客户 {id} 使用，因此合并无法撤销；请先修改那位客户的编号。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="28" />
        <source>{value} is not a kind of interaction ({kinds}).</source>
        <translation>{value} 不是一种互动类型（{kinds}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="44" />
        <source>Satisfaction is a score from 1 to 5, not {value}.</source>
        <translation>满意度是 1 到 5 的评分，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="56" />
        <source>{value} is not open or resolved.</source>
        <translation>{value} 不是“待处理”或“已解决”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="61" />
        <source>There is no interaction field {field}.</source>
        <translation>互动记录中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="72" />
        <source>Say what kind of interaction this was.</source>
        <translation>请说明这是哪种互动。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/interactions.py" line="85" />
        <source>There is no interaction with id {id}.</source>
        <translation>没有 ID 为 {id} 的互动记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/money.py" line="19" />
        <location filename="../../smallcrm/domain/money.py" line="27" />
        <location filename="../../smallcrm/domain/money.py" line="32" />
        <location filename="../../smallcrm/domain/money.py" line="35" />
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是金额。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/money.py" line="40" />
        <source>{value} has more than two decimal places.</source>
        <translation>{value} 的小数超过了两位。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/money.py" line="47" />
        <source>{value} is too large an amount.</source>
        <translation>金额 {value} 太大了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/phones.py" line="46" />
        <source>The phone number {value} is in scientific notation, so its last digits are lost; type it again or format the column as text.</source>
        <translation>手机号 {value} 是科学计数法格式，末尾几位数字已经丢失；请重新输入，或把这一列设置为文本格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/phones.py" line="58" />
        <source>{value} is not a phone number.</source>
        <translation>{value} 不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/phones.py" line="80" />
        <source>{value} is not a complete phone number for region {region}.</source>
        <translation>{value} 不是 {region} 地区的完整电话号码。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="37" />
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="40" />
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="43" />
        <source>{value} is too large a quantity.</source>
        <translation>数量 {value} 太大了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="55" />
        <source>There is no purchase field {field}.</source>
        <translation>购买记录中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="68" />
        <source>A purchase needs an amount.</source>
        <translation>购买记录需要填写金额。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/purchases.py" line="76" />
        <source>There is no purchase with id {id}.</source>
        <translation>没有 ID 为 {id} 的购买记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/bulk.py" line="25" />
        <location filename="../../smallcrm/domain/reminders.py" line="65" />
        <location filename="../../smallcrm/domain/reminders.py" line="136" />
        <source>A reminder needs a title.</source>
        <translation>提醒需要填写标题。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="70" />
        <location filename="../../smallcrm/domain/reminders.py" line="352" />
        <source>{value} is not a kind of reminder.</source>
        <translation>{value} 不是一种提醒类型。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="83" />
        <source>There is no reminder field {field}.</source>
        <translation>提醒中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="101" />
        <source>{value} is not a repeat interval such as '2 weeks'.</source>
        <translation>{value} 不是有效的重复间隔，例如“2 weeks”（每 2 周）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/bulk.py" line="23" />
        <location filename="../../smallcrm/domain/reminders.py" line="134" />
        <source>A reminder needs a due date.</source>
        <translation>提醒需要填写到期日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="146" />
        <source>There is no reminder with id {id}.</source>
        <translation>没有 ID 为 {id} 的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="165" />
        <source>Reminder {id} is already done.</source>
        <translation>提醒 {id} 已经完成了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="167" />
        <source>Reminder {id} was dismissed.</source>
        <translation>提醒 {id} 已被忽略。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="345" />
        <source>{value} is not today, overdue, week or all.</source>
        <translation>{value} 不是 today（今天）、overdue（已过期）、week（本周）或 all（全部）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/staff.py" line="19" />
        <location filename="../../smallcrm/domain/staff.py" line="51" />
        <source>A staff member needs a name.</source>
        <translation>员工需要填写姓名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/staff.py" line="57" />
        <source>There is already a staff member called {name}.</source>
        <translation>已经有一位叫 {name} 的店员了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="35" />
        <location filename="../../smallcrm/store/backup.py" line="58" />
        <source>Cannot write the backup: {reason}.</source>
        <translation>无法写入备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="69" />
        <source>The backup file does not exist.</source>
        <translation>备份文件不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="79" />
        <source>This file is not a SmallCRM backup: {reason}.</source>
        <translation>这个文件不是 SmallCRM 备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="85" />
        <source>This file is not a SmallCRM backup or it is damaged.</source>
        <translation>这个文件不是 SmallCRM 备份，或者已经损坏。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="138" />
        <source>This is the database in use, not a backup of it.</source>
        <translation>这是正在使用的数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/backup.py" line="156" />
        <source>Cannot restore the backup: {reason}.</source>
        <translation>无法恢复备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="61" />
        <source>This is a folder, not a database file.</source>
        <translation>这是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="70" />
        <source>Cannot create the folder for the database: {reason}.</source>
        <translation>无法创建存放数据库的文件夹：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="113" />
        <source>The database is busy in another program or window; close it and try again.</source>
        <translation>数据库正被其他程序或窗口占用；请关闭后重试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="121" />
        <source>This file is not a SmallCRM database or it is damaged; restore a backup with 'smallcrm restore FILE' or choose another file.</source>
        <translation>这个文件不是 SmallCRM 数据库，或者已经损坏；请用“smallcrm restore 备份文件”恢复备份，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="130" />
        <source>The database file cannot be opened for writing; check its permissions.</source>
        <translation>数据库文件无法写入；请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="135" />
        <source>The disk is full or failing; free some space and try again.</source>
        <translation>磁盘已满或出现故障；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="139" />
        <source>The database could not be used: {reason}.</source>
        <translation>无法使用数据库：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="154" />
        <source>The database is damaged ({detail}); restore the latest backup with 'smallcrm restore FILE' or from the File menu.</source>
        <translation>数据库已损坏（{detail}）；请用“smallcrm restore 备份文件”或“文件”菜单恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/migrations/__init__.py" line="47" />
        <source>This file is an SQLite database of another program, not SmallCRM's.</source>
        <translation>这个文件是其他程序的 SQLite 数据库，不是 SmallCRM 的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/migrations/__init__.py" line="60" />
        <source>This database was written by a newer SmallCRM (schema {found}, this app knows up to {known}); install the newer version to open it.</source>
        <translation>这个数据库由更新版本的 SmallCRM 写入（结构版本 {found}，本程序最高支持 {known}）；请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="179" />
        <source>The setting {key} needs a {type} value.</source>
        <translation>设置项 {key} 需要 {type} 类型的值。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="193" />
        <source>There is no setting called {key}.</source>
        <translation>没有名为 {key} 的设置项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis.py" line="149" />
        <source>The setting {key} must be between {lo} and {hi}, not {value}.</source>
        <translation>设置 {key} 应在 {lo} 到 {hi} 之间，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis.py" line="159" />
        <source>A customer must be at risk before being lost: check the churn settings (lost below at-risk, lost days above at-risk days).</source>
        <translation>客户要先“有流失风险”才会“已流失”：请检查流失设置（已流失的比例要低于有流失风险的，已流失的天数要多于有流失风险的）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="126" />
        <source>{value} is outside the years the lunar calendar covers ({first}-{last}).</source>
        <translation>{value} 超出了农历能换算的年份（{first}-{last}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="143" />
        <source>There is no festival called {key} (known: {known}).</source>
        <translation>没有叫 {key} 的节日（已有：{known}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="208" />
        <source>A festival needs a name.</source>
        <translation>节日需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="211" />
        <source>A festival needs a date.</source>
        <translation>节日需要一个日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="215" />
        <source>{value}: festivals fall in the ordinary month, not a leap month.</source>
        <translation>{value}：节日只在正常月份，不在闰月。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="226" />
        <source>There is no festival with id {id}.</source>
        <translation>没有编号为 {id} 的节日。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/groups.py" line="52" />
        <source>{value} is not a group of customers; write all or tag:NAME.</source>
        <translation>{value} 不是一组客户；请写 all 或 tag:标签名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="195" />
        <source>{name} is not a segment; segments are named like tier:high, rfm:champions, age:35_44, income:BAND, lifecycle:loyal, churn:at_risk or custom:NAME.</source>
        <translation>{name} 不是客户群；客户群的写法如 tier:high、rfm:champions、age:35_44、income:档次、lifecycle:loyal、churn:at_risk 或 custom:名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="257" />
        <source>There is no segment dimension {name}.</source>
        <translation>没有叫 {name} 的分群维度。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="409" />
        <source>The saved segment {name} uses itself, directly or through others.</source>
        <translation>已存的客户群 {name} 直接或间接地引用了自己。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="414" />
        <source>{piece} is not a filter rule (all, any, not, segment, tag or field).</source>
        <translation>{piece} 不是筛选规则（all、any、not、segment、tag 或 field）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="420" />
        <source>all and any need a list of rules.</source>
        <translation>all 和 any 后面要跟一组规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="447" />
        <source>{op} is not a filter operator ({ops}).</source>
        <translation>{op} 不是筛选运算符（{ops}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="464" />
        <source>Dates are compared with eq, gt, ge, lt or le.</source>
        <translation>日期只能用 eq、gt、ge、lt 或 le 比较。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="470" />
        <source>There is no customer field {field} to filter on.</source>
        <translation>没有可以用来筛选的客户字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="477" />
        <source>The rule on {field} needs a value.</source>
        <translation>{field} 的规则需要一个值。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="509" />
        <source>A saved segment needs a name of 1 to {max} characters.</source>
        <translation>已存的客户群需要一个 1 到 {max} 个字的名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="520" />
        <source>The segment's filter is not valid JSON: {reason}.</source>
        <translation>客户群的筛选条件不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="528" />
        <location filename="../../smallcrm/domain/segments.py" line="554" />
        <location filename="../../smallcrm/domain/segments.py" line="594" />
        <source>There is no saved segment called {name}.</source>
        <translation>没有叫 {name} 的已存客户群。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="65" />
        <source>{value} is not a year.</source>
        <translation>{value} 不是年份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="167" />
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>请导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="173" />
        <source>The folder to export to does not exist.</source>
        <translation>要导出到的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="183" />
        <source>The export could not be written: {reason}.</source>
        <translation>无法写入导出文件：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="587" />
        <source>{what} cannot be exported; choose customers, purchases, reminders or mailing.</source>
        <translation>无法导出 {what}；请选择客户、购买记录、提醒或邮寄名单。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="346" />
        <source>{kind} is not a kind of import; use customers or purchases.</source>
        <translation>{kind} 不是可导入的类型；请用客户或购买记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="423" />
        <source>There is no {kind} field {field} to map a column to.</source>
        <translation>没有可对应的{kind}字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="430" />
        <source>Two columns are mapped to {field}; map one of them elsewhere.</source>
        <translation>有两列都对应到 {field}；请把其中一列改为其他字段。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="263" />
        <location filename="../../smallcrm/sheets/importer.py" line="463" />
        <source>The spreadsheet has no rows with data.</source>
        <translation>表格中没有含数据的行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="448" />
        <source>{value} is not a duplicate policy; use skip, fill, overwrite or keep.</source>
        <translation>{value} 不是重复处理方式；请用 skip（跳过）、fill（补空）、overwrite（覆盖）或 keep（都保留）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="488" />
        <source>This file was already imported (import {batch}); undo that import first, or import it again on purpose with --force.</source>
        <translation>这个文件已经导入过（第 {batch} 次导入）；请先撤销那次导入，或确认要再次导入时加上 --force。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="530" />
        <source>Row {row} is not among the first rows with data, so it cannot be the header.</source>
        <translation>第 {row} 行不在前面含数据的行中，不能作为表头。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="545" />
        <source>No column is mapped to the name or the phone, so no customer can be added.</source>
        <translation>没有列对应到姓名或手机号，无法添加客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="553" />
        <source>No column is mapped to the customer number or the phone, so purchases cannot be linked to customers.</source>
        <translation>没有列对应到客户编号或手机号，购买记录无法关联到客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="563" />
        <source>No column is mapped to {field}, which every purchase needs.</source>
        <translation>没有列对应到 {field}，而每条购买记录都需要它。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="795" />
        <source>The customer number {value} belongs to a customer in the trash; restore them first.</source>
        <translation>客户编号 {value} 属于回收站中的客户；请先恢复该客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="930" />
        <source>The customer number {value} is already in use; to keep both customers, give this row another number or none.</source>
        <translation>客户编号 {value} 已被使用；若要两位客户都保留，请给这一行换一个编号或留空。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1066" />
        <source>A purchase needs a date and an amount.</source>
        <translation>购买记录需要日期和金额。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1090" />
        <source>The row names no customer: give a customer number or a phone.</source>
        <translation>这一行没有指明客户：请填写客户编号或手机号。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1100" />
        <source>No customer has this customer number or phone; add the customer first, or import with --create-missing.</source>
        <translation>没有客户使用这个编号或手机号；请先添加客户，或导入时加上 --create-missing。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1194" />
        <source>There is no import with id {id}.</source>
        <translation>没有编号为 {id} 的导入。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1196" />
        <source>Import {id} has already been undone.</source>
        <translation>第 {id} 次导入已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1277" />
        <source>There is no file to take the rejected rows from.</source>
        <translation>找不到可提取被拒绝行的文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="128" />
        <source>This file is not a spreadsheet SmallCRM can read; save it as .xlsx, .xls or .csv.</source>
        <translation>SmallCRM 无法读取这个文件；请另存为 .xlsx、.xls 或 .csv。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="137" />
        <source>The spreadsheet is damaged or incomplete; open it in Excel or WPS and save it again.</source>
        <translation>表格文件已损坏或不完整；请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="146" />
        <source>The spreadsheet is password-protected; open it in Excel or WPS, remove the password and save it again.</source>
        <translation>表格设有密码；请用 Excel 或 WPS 打开，去掉密码后重新保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="154" />
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="178" />
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="180" />
        <source>This is a folder, not a spreadsheet file.</source>
        <translation>这是一个文件夹，不是表格文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="183" />
        <source>The file cannot be read: {reason}.</source>
        <translation>无法读取文件：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="195" />
        <source>This file is a web page or XML saved with a spreadsheet's name; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>这个文件其实是网页或 XML，只是用了表格的文件名；请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="339" />
        <source>There is no sheet called {sheet}; the sheets are: {names}.</source>
        <translation>没有名为 {sheet} 的工作表；现有工作表：{names}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="615" />
        <source>The text file is neither UTF-8 nor GBK; save it from Excel as 'CSV UTF-8' or as .xlsx.</source>
        <translation>文本文件既不是 UTF-8 也不是 GBK 编码；请在 Excel 中另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="254" />
        <source>Welcome to SmallCRM</source>
        <translation>欢迎使用 SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="264" />
        <source>SmallCRM keeps your customers in one place: who they are, how to reach them, their birthdays and what they bought. Your customer list is still empty.</source>
        <translation>SmallCRM 把客户资料集中在一处：客户是谁、怎么联系、什么时候过生日、买过什么。您的客户名单现在还是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="271" />
        <source>Explore with demo data</source>
        <translation>用演示数据体验一下</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="276" />
        <source>To look around first, fill it with {count} made-up customers. They stay in this database, so use it for trying SmallCRM out, not for your real customers.</source>
        <translation>想先熟悉一下，可以填入 {count} 位虚构的演示客户。它们会一直留在这个数据库里，所以这个数据库只适合试用，不要再录入真实客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="288" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
</TS>