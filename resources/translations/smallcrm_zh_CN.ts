<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="197"/>
        <source>About SmallCRM</source>
        <translation>关于 SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="215"/>
        <source>Customers, purchases and reminders for a small shop.</source>
        <translation>小店的客户、消费记录和回访提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="218"/>
        <source>SmallCRM is free software under the MIT licence. Python %1, Qt %2, PySide6 %3.</source>
        <translation>SmallCRM 是自由软件，采用 MIT 许可证。Python %1，Qt %2，PySide6 %3。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="226"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="227"/>
        <source>Built with</source>
        <translation>使用的组件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="238"/>
        <source>Qt is used under the GNU LGPL version 3: its libraries are separate files in the installation folder and can be replaced with other builds of the same version.</source>
        <translation>Qt 按 GNU LGPL 第 3 版使用：它的库是安装文件夹里的独立文件，可以换成同一版本的其他构建。</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="107"/>
        <source>Per responsible staff member over the period: new and lost customers, customers moving up or down a profit tier, the monthly churn rate (lost ÷ customers at the months&apos; starts), the average satisfaction score and complaints.</source>
        <translation>按负责员工统计所选期间:新增与流失客户、利润分层升级或降级的客户、月流失率(流失客户 ÷ 各月初的客户数)、平均满意度和投诉。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="238"/>
        <source>Segments</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="239"/>
        <source>New and lost customers</source>
        <translation>新增与流失客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="240"/>
        <source>Why customers left</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="241"/>
        <source>Profit 80/20</source>
        <translation>利润二八分布</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="242"/>
        <source>Moves between profit tiers</source>
        <translation>利润分层升降</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="243"/>
        <source>Cohort retention</source>
        <translation>按首购月份的留存</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="244"/>
        <location filename="../../smallcrm/ui/analysis_view.py" line="581"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="245"/>
        <source>Per staff member</source>
        <translation>按负责员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="256"/>
        <source>&amp;By:</source>
        <translation>分类(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="259"/>
        <source>Profit tier</source>
        <translation>利润分层</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="260"/>
        <source>RFM group</source>
        <translation>RFM 分组</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="261"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="262"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="263"/>
        <source>Lifecycle stage</source>
        <translation>客户发展阶段</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="264"/>
        <source>Churn status</source>
        <translation>流失状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="273"/>
        <source>Last %1 months</source>
        <translation>最近 %1 个月</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="276"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="283"/>
        <source>Analyse the shop as it was on this day (purchases after it are left out)</source>
        <translation>按这一天的情况分析(之后的购买不计入)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="285"/>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="289"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="290"/>
        <location filename="../../smallcrm/ui/analysis_view.py" line="601"/>
        <source>No staff member</source>
        <translation>无负责员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="291"/>
        <source>Only the customers this staff member is responsible for</source>
        <translation>只看这位员工负责的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="294"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="296"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="297"/>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>把图表保存为 PNG 图片或 PDF 文档</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="299"/>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="300"/>
        <source>Copy the chart as a picture, to paste into a message or document</source>
        <translation>把图表复制为图片,可粘贴到消息或文档中</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="324"/>
        <source>Working out the figures…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="356"/>
        <location filename="../../smallcrm/ui/analysis_view.py" line="440"/>
        <source>Click a bar or a cell to list its customers.</source>
        <translation>点击柱形或格子,即可列出其中的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="438"/>
        <source>Double-click a row to list its customers.</source>
        <translation>双击一行即可列出其中的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="510"/>
        <source>The figures could not be worked out.</source>
        <translation>无法完成计算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="573"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="574"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="575"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="576"/>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="577"/>
        <source>Churn / month</source>
        <translation>月流失率</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="578"/>
        <source>Upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="579"/>
        <source>Downgraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="580"/>
        <source>Avg. profit</source>
        <translation>平均利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="582"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="583"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="631"/>
        <source>%1 — customers: %2. Click to list them.</source>
        <translation>%1 — 客户数:%2。点击即可列出这些客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="642"/>
        <source>%1: %2</source>
        <comment>chart and the bar clicked in it</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="659"/>
        <location filename="../../smallcrm/ui/analysis_view.py" line="670"/>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="661"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/analysis_view.py" line="671"/>
        <source>The chart could not be saved to %1: %2</source>
        <translation>图表无法保存到 %1:%2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="108"/>
        <location filename="../../smallcrm/ui/app.py" line="303"/>
        <location filename="../../smallcrm/ui/app.py" line="329"/>
        <location filename="../../smallcrm/ui/changes.py" line="81"/>
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="152"/>
        <source>SmallCRM: unexpected error</source>
        <translation>SmallCRM：意外错误</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="154"/>
        <source>Something went wrong inside SmallCRM. This is a fault in the program, not something you did.</source>
        <translation>SmallCRM 内部出了问题。这是程序本身的毛病，不是您操作有误。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="159"/>
        <source>The technical details were written to {file}. You can keep working; if it happens again, please send that file to whoever looks after your SmallCRM.</source>
        <translation>技术细节已写入 {file}。您可以继续使用；如果再次出现，请把这个文件发给帮您维护 SmallCRM 的人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="285"/>
        <source>SmallCRM cannot open the database</source>
        <translation>SmallCRM 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="304"/>
        <source>SmallCRM is already open on this database in another window, but it does not answer.</source>
        <translation>SmallCRM 已在另一个窗口打开了这个数据库，但它没有响应。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/app.py" line="330"/>
        <source>This build of SmallCRM has no demo data.</source>
        <translation>这个版本的 SmallCRM 不含演示数据。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="232"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Birthday</name>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="91"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="93"/>
        <source>%1 (age %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="103"/>
        <source>%1, today</source>
        <translation>%1，就是今天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="105"/>
        <source>%1, tomorrow</source>
        <translation>%1，明天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="107"/>
        <source>%1, in %2 days</source>
        <translation>%1，还有 %2 天</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../smallcrm/cli/__init__.py" line="28"/>
        <source>Interrupted; nothing was changed by the unfinished command.</source>
        <translation>已中断；未完成的命令没有改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/__init__.py" line="29"/>
        <source>Internal error ({error}); details were written to {log}.</source>
        <translation>内部错误（{error}）；详细信息已写入 {log}。</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../smallcrm/ui/reminder_calendar.py" line="219"/>
        <source>%1 · lunar %2</source>
        <translation>%1 · 农历%2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_calendar.py" line="235"/>
        <source>Nothing on this day.</source>
        <translation>这一天没有安排。</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="772"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="772"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="772"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="772"/>
        <source>Before</source>
        <translation>改前</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="772"/>
        <source>After</source>
        <translation>改后</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="784"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="797"/>
        <source>%1 changes, newest first</source>
        <translation>共 %1 条改动，最新的在前</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../smallcrm/plots.py" line="62"/>
        <source>Customers by profit tier</source>
        <translation>按利润分层的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="63"/>
        <source>Customers by RFM group</source>
        <translation>按 RFM 分组的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="64"/>
        <source>Customers by age</source>
        <translation>按年龄的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="65"/>
        <source>Customers by income</source>
        <translation>按收入的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="66"/>
        <source>Customers by lifecycle stage</source>
        <translation>按发展阶段的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="67"/>
        <source>Customers by churn status</source>
        <translation>按流失状态的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="70"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="71"/>
        <source>Share of profit (%)</source>
        <translation>利润占比（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="72"/>
        <source>New and lost customers per month</source>
        <translation>每月新增与流失客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="73"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="74"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="75"/>
        <source>Churn rate (%)</source>
        <translation>流失率（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="76"/>
        <source>Why customers were lost, per month</source>
        <translation>每月客户流失的原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="77"/>
        <source>Share of profit by share of customers</source>
        <translation>客户占比与利润占比</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="78"/>
        <source>Customers, best first (%)</source>
        <translation>客户（从最好的算起，%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="79"/>
        <source>Cumulative share of profit (%)</source>
        <translation>累计利润占比（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="80"/>
        <source>Profit share of each tenth (%)</source>
        <translation>每一成客户的利润占比（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="81"/>
        <source>Customers moving between profit tiers</source>
        <translation>在利润层次间变动的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="82"/>
        <source>Upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="83"/>
        <source>Downgraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="84"/>
        <source>Customers still buying, by month of first purchase</source>
        <translation>仍在购买的客户（按首次购买月份）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="85"/>
        <source>Months after the first purchase</source>
        <translation>首次购买后的月数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="86"/>
        <source>First purchase in</source>
        <translation>首次购买于</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="87"/>
        <source>Average satisfaction per month</source>
        <translation>每月平均满意度</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="88"/>
        <source>Average score (1-5)</source>
        <translation>平均分（1-5）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="89"/>
        <source>Scores given</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots.py" line="90"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="141"/>
        <source>← Back to List</source>
        <translation>← 返回列表</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="142"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="144"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="145"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="148"/>
        <source>Undo Changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="180"/>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="185"/>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="186"/>
        <source>Timeline</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="187"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="188"/>
        <source>Changes</source>
        <translation>改动记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="233"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="233"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="233"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="234"/>
        <source>1985-03-12, 3-12 or 八月十五</source>
        <translation>1985-03-12、3-12 或 八月十五</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="236"/>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="237"/>
        <source>Lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="240"/>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="241"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="241"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="245"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="246"/>
        <source>Natural (moved away, no longer needs it)</source>
        <translation>自然流失（搬走了、不再需要）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="247"/>
        <source>Lost to a competitor</source>
        <translation>被同行抢走</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="248"/>
        <source>Our fault (price, quality, service)</source>
        <translation>我们的过失（价格、质量、服务）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="251"/>
        <source>May receive cards and mail</source>
        <translation>可以寄贺卡和信件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="255"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="256"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="257"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="258"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="258"/>
        <source>138 1234 5678</source>
        <translation>138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="259"/>
        <source>Phone 2</source>
        <translation>电话 2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="260"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="261"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="262"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="263"/>
        <source>With the shop</source>
        <translation>与本店</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="264"/>
        <source>Customer No.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="264"/>
        <source>given when saved</source>
        <translation>保存时自动生成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="265"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="266"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="266"/>
        <source>VIP, 老客户</source>
        <translation>VIP, 老客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="267"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="267"/>
        <source>walk-in, friend, WeChat…</source>
        <translation>进店、朋友介绍、微信……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="268"/>
        <source>Mail</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="271"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="272"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="273"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="274"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="275"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="276"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="277"/>
        <source>Profile</source>
        <translation>个人情况</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="278"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="279"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="280"/>
        <source>Family</source>
        <translation>家庭状况</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="281"/>
        <source>Preferences</source>
        <translation>个人喜好</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="282"/>
        <source>Buying habits</source>
        <translation>购买习惯</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="283"/>
        <location filename="../../smallcrm/ui/customer_editor.py" line="284"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="285"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="287"/>
        <source>Left on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="287"/>
        <source>YYYY-MM-DD, when they stopped coming</source>
        <translation>年-月-日，不再光顾的日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="288"/>
        <source>Note on leaving</source>
        <translation>流失说明</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="296"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="435"/>
        <source>New Customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="436"/>
        <source>Fill in what you know; a name or a phone number is enough.</source>
        <translation>知道多少填多少，有姓名或电话就够了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="438"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="441"/>
        <source>Customer No. %1 · added %2</source>
        <translation>客户编号 %1 · %2 建档</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="475"/>
        <source>Recognised as %1</source>
        <translation>识别为 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="481"/>
        <source>The customer number cannot be empty.</source>
        <translation>客户编号不能为空。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="512"/>
        <source>Next birthday: %1</source>
        <translation>下次生日：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="515"/>
        <source>age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="523"/>
        <source>A customer needs at least a name or a phone number.</source>
        <translation>客户至少要有姓名或手机号。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="573"/>
        <source>This may be a customer you already have: %1</source>
        <translation>这可能是已有的客户：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="575"/>
        <source>(and %1 more)</source>
        <translation>（还有 %1 位）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="577"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="652"/>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="652"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="678"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="680"/>
        <source>Open the customer you already have, or save this one as well?</source>
        <translation>打开已有的客户，还是也保存这一位？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="681"/>
        <source>Open Existing</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="684"/>
        <source>Save Anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="720"/>
        <source>Unsaved changes</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_editor.py" line="721"/>
        <source>Save the changes to %1?</source>
        <translation>要保存对 %1 的修改吗？</translation>
    </message>
</context>
<context>
    <name>CustomerProfile</name>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="127"/>
        <source>Select a customer to see their details.</source>
        <translation>选择一位客户，即可在这里查看详细资料。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="150"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="151"/>
        <source>Edit this customer, with purchases, contacts and history (Enter)</source>
        <translation>编辑这位客户，包括购买、往来和改动记录（回车）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="172"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="173"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="174"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="175"/>
        <source>Next birthday</source>
        <translation>下次生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="176"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="177"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="178"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="179"/>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="180"/>
        <source>Total spent</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="181"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="182"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="183"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="229"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="230"/>
        <source>Customer No. %1</source>
        <translation>客户编号 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="242"/>
        <source>, </source>
        <comment>separator between tags</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="247"/>
        <source>Not counted (no cost price): %1</source>
        <translation>未计入（无成本价）：%1 笔</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="104"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="105"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="106"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="107"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="108"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="111"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="118"/>
        <source>Total spent</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="125"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="132"/>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="136"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="137"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="138"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="141"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="144"/>
        <source>Phone 2</source>
        <translation>电话 2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="145"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="146"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="147"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="148"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="149"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="150"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="151"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="152"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="153"/>
        <source>Added</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="369"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="369"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="370"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_table.py" line="370"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="262"/>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="280"/>
        <source>Search name, pinyin, phone, number or address</source>
        <translation>搜索姓名、拼音、手机号、编号或地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="398"/>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="401"/>
        <source>Add a customer (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="405"/>
        <source>&amp;Open Customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="410"/>
        <source>Move the selected customers to the trash (Delete); Ctrl+Z brings them back</source>
        <translation>把选中的客户移到回收站（Delete 键）；按 Ctrl+Z 可以找回</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="414"/>
        <location filename="../../smallcrm/ui/customers_page.py" line="781"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="416"/>
        <source>&amp;Tag…</source>
        <translation>加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="416"/>
        <source>Add a tag to the selected customers</source>
        <translation>给选中的客户加标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="419"/>
        <source>&amp;Remove Tag…</source>
        <translation>去掉标签(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="419"/>
        <source>Take a tag off the selected customers</source>
        <translation>去掉选中客户的某个标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="422"/>
        <source>&amp;Assign Staff…</source>
        <translation>指定负责人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="424"/>
        <source>Make a staff member responsible for the selected customers</source>
        <translation>指定一位店员负责选中的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="427"/>
        <source>&amp;Follow-up Reminder…</source>
        <translation>回访提醒(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="429"/>
        <source>Create a reminder to contact each selected customer</source>
        <translation>为每位选中的客户建一条回访提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="432"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="434"/>
        <source>Save the selected customers (or the whole list shown) as an Excel or CSV file</source>
        <translation>把选中的客户（或当前列表里的全部客户）另存为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="436"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="437"/>
        <source>&amp;Columns…</source>
        <translation>显示列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="495"/>
        <source>Reset Columns</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="539"/>
        <source>%1 found</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="608"/>
        <source>&amp;Export Selection…</source>
        <translation>导出选中的客户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="608"/>
        <source>&amp;Export List…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="610"/>
        <source>Selected: %1</source>
        <translation>已选 %1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="745"/>
        <source>Moved to the trash: %1. Ctrl+Z brings them back.</source>
        <translation>已移到回收站：%1。按 Ctrl+Z 可以找回。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="758"/>
        <source>Working on %1 customers…</source>
        <translation>正在处理 %1 位客户…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="773"/>
        <source>Back from the trash: %1.</source>
        <translation>已从回收站找回：%1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="781"/>
        <source>&amp;Undo Move to Trash (%1)</source>
        <translation>撤销移到回收站(&amp;U)（%1 位）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="788"/>
        <source>Tag</source>
        <translation>加标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="789"/>
        <source>Tag for the selected customers (%1):</source>
        <translation>给选中的客户（%1 位）加的标签：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="792"/>
        <source>Customers tagged: %1.</source>
        <translation>已加标签的客户：%1 位。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="806"/>
        <source>No customer has a tag yet.</source>
        <translation>还没有客户有标签。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="800"/>
        <source>Remove Tag</source>
        <translation>去掉标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="407"/>
        <source>&amp;Move to Trash</source>
        <translation>移到回收站(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="801"/>
        <source>Tag to take off the selected customers (%1):</source>
        <translation>要从选中的客户（%1 位）去掉的标签：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="804"/>
        <source>Tag taken off customers: %1.</source>
        <translation>已去掉标签的客户：%1 位。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="814"/>
        <source>Assign Staff</source>
        <translation>指定负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="815"/>
        <source>Staff member responsible for the selected customers (%1):</source>
        <translation>负责选中客户（%1 位）的店员：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="819"/>
        <source>%1 is now responsible for them (%2 changed).</source>
        <translation>现在由 %1 负责（改了 %2 位）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="875"/>
        <source>Follow-up reminders created: %1.</source>
        <translation>已建回访提醒：%1 条。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="908"/>
        <source>Export Customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="903"/>
        <source>Exported %1 customers to %2</source>
        <translation>已导出 %1 位客户到 %2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customers_page.py" line="914"/>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="140"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="142"/>
        <source>any time, or 14:30</source>
        <translation>不限时间，或 14:30</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="144"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="53"/>
        <source>Duplicate Customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="77"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="91"/>
        <source>Pick which customer stays and, for each field that differs, whose value to keep. Purchases, contacts, reminders and tags of both are kept; the other customer goes to the trash, and the merge can be undone.</source>
        <translation>选择保留哪一位，并为每个不同的项目选用哪一边的内容。两人的购买、往来、提醒和标签都会保留；另一位移到回收站，合并之后还可以撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="99"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="106"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="108"/>
        <source>Not the Same Person</source>
        <translation>不是同一个人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="110"/>
        <source>Remember that these two are different people: the pair is not listed again</source>
        <translation>记住这两位是不同的人：以后不再列出这一对</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="113"/>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="359"/>
        <source>Undo Last Merge</source>
        <translation>撤销上次合并</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="115"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="147"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="164"/>
        <source> (the first %1)</source>
        <translation>（前 %1 对）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="166"/>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="371"/>
        <source>Likely duplicates: %1 pairs</source>
        <translation>可能重复：%1 对</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="168"/>
        <source>No likely duplicates: every customer looks like a different person.</source>
        <translation>没有发现重复：每位客户看起来都是不同的人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="213"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="236"/>
        <source>%1 (their phone)</source>
        <translation>%1（对方的手机）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="242"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="242"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="266"/>
        <source>(both kept)</source>
        <translation>（两边都保留）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="356"/>
        <source>Undo “Not the Same Person”</source>
        <translation>撤销“不是同一个人”</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="228"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>EditReminderDialog</name>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="161"/>
        <source>Edit Reminder</source>
        <translation>编辑提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="170"/>
        <source>any time, or 14:30</source>
        <translation>不限时间，或 14:30</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="177"/>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="178"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="179"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="180"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="181"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="39"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="39"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="42"/>
        <source>Purchases of these customers</source>
        <translation>这些客户的消费记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="43"/>
        <source>purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="45"/>
        <source>Open reminders</source>
        <translation>未完成的提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="45"/>
        <source>reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="48"/>
        <source>Mailing list (customers who agreed to post)</source>
        <translation>邮寄名单（同意邮寄的客户）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="49"/>
        <source>mailing-list</source>
        <translation>邮寄名单</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="73"/>
        <location filename="../../smallcrm/ui/export_dialog.py" line="132"/>
        <location filename="../../smallcrm/ui/export_dialog.py" line="177"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="87"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="88"/>
        <source>The customers the list shows now (its search and filters)</source>
        <translation>列表当前显示的客户（按当前搜索和筛选）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="90"/>
        <source>The selected customers (%1)</source>
        <translation>选中的客户（%1 位）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="105"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="106"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="115"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="122"/>
        <source>Export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="123"/>
        <source>Which customers:</source>
        <translation>哪些客户：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="124"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="125"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="176"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="176"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="211"/>
        <source>Choose the file to save to.</source>
        <translation>请选择要保存的文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="234"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="236"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="248"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="250"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="259"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/export_dialog.py" line="267"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Festival</name>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="109"/>
        <location filename="../../smallcrm/domain/mailing.py" line="46"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="110"/>
        <location filename="../../smallcrm/domain/mailing.py" line="48"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="111"/>
        <location filename="../../smallcrm/domain/mailing.py" line="47"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="313"/>
        <source>Choose a spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="316"/>
        <source>Excel (.xlsx, .xls) or CSV files saved by Excel or WPS. Title rows above the headers are fine; nothing is stored before the last step.</source>
        <translation>Excel 或 WPS 保存的 Excel (.xlsx、.xls) 或 CSV 文件。表头上方有标题行也没关系；最后一步之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="326"/>
        <source>The spreadsheet to import</source>
        <translation>要导入的表格文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="327"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="334"/>
        <source>Find out from the columns</source>
        <translation>根据列自动判断</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="335"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="336"/>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="341"/>
        <source>Import it again anyway</source>
        <translation>仍然再次导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="345"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="346"/>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="365"/>
        <source>Import a Spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="367"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="398"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="423"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="423"/>
        <source>purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="425"/>
        <source>Sheet “%1”: headers in row %2; it looks like a list of %3.</source>
        <translation>工作表“%1”：表头在第 %2 行；看起来是%3名单。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="431"/>
        <source>About %1 rows.</source>
        <translation>约 %1 行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="436"/>
        <source>This file was imported before (import %1). Undo that import first, or import it again on purpose.</source>
        <translation>这个文件以前导入过（第 %1 次导入）。请先撤销那次导入，或者确认要再次导入。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="155"/>
        <source>Customers picked in the Analysis area; click to show everyone again</source>
        <translation>在“分析”中选出的客户;点击可重新显示全部客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="159"/>
        <source>Save as Segment…</source>
        <translation>存为细分…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="161"/>
        <source>Keep these filters under a name: a saved segment for the list, reminders and mailings</source>
        <translation>把这些筛选条件存为一个命名的细分,可用于客户列表、提醒和邮寄名单</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="167"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="282"/>
        <location filename="../../smallcrm/ui/filters.py" line="296"/>
        <source>Save as Segment</source>
        <translation>存为细分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="282"/>
        <source>Name of the segment:</source>
        <translation>细分名称:</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="340"/>
        <source>%1 (%2) ✕</source>
        <translation>%1(%2)✕</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="805"/>
        <source>Follow-up reminder</source>
        <translation>回访提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="807"/>
        <source>A reminder to follow up with each selected customer (%1).</source>
        <translation>为每位选中的客户（%1 位）建一条回访提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="811"/>
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="815"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="816"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="42"/>
        <source>windows, dialogs, printing</source>
        <translation>窗口、对话框、打印</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="43"/>
        <source>database access</source>
        <translation>数据库访问</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="44"/>
        <source>the database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="45"/>
        <source>reading and writing Excel files</source>
        <translation>读写 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="46"/>
        <source>writing Excel files</source>
        <translation>导出 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="47"/>
        <source>reading spreadsheets fast</source>
        <translation>快速读取表格</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="48"/>
        <source>reading old .xls files</source>
        <translation>读取旧版 .xls 文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="49"/>
        <source>charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="50"/>
        <source>analysis</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="51"/>
        <source>the churn and lifetime-value model</source>
        <translation>流失预测和客户终身价值模型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="52"/>
        <source>pinyin search</source>
        <translation>拼音搜索</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="53"/>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="54"/>
        <source>lunar calendar birthdays and festivals</source>
        <translation>农历生日和节日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="55"/>
        <source>where the data folder is</source>
        <translation>数据文件夹的位置</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="56"/>
        <source>Chinese font for labels and envelopes</source>
        <translation>标签和信封上的中文字体</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="57"/>
        <source>the language SmallCRM is written in</source>
        <translation>编写 SmallCRM 的编程语言</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="74"/>
        <source>The guide is missing from this installation.</source>
        <translation>这个安装缺少使用指南。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="120"/>
        <source>Database (your customers)</source>
        <translation>数据库（您的客户资料）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="121"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="122"/>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="129"/>
        <source>Everything SmallCRM knows is in the database file; the shop&apos;s settings are in it too.</source>
        <translation>SmallCRM 的所有资料都在这个数据库文件里，店铺设置也在里面。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="132"/>
        <source>A backup is made automatically each time you close SmallCRM (the newest of each of the last 7 days and 4 weeks are kept); File › Back Up Now makes one whenever you like.</source>
        <translation>每次关闭 SmallCRM 都会自动备份（保留最近 7 天每天最新的一份和最近 4 周每周最新的一份）；随时可以用“文件 › 立即备份”再备份一次。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="137"/>
        <source>Copy the backups folder to a USB stick or cloud drive now and then: a backup on the same computer does not help if the computer is lost.</source>
        <translation>请隔一段时间把备份文件夹复制到 U 盘或网盘：电脑丢了或坏了，同一台电脑上的备份也救不回来。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="142"/>
        <source>File › Restore from Backup puts a backup back; the database as it was is kept beside it.</source>
        <translation>用“文件 › 从备份恢复”可以恢复备份；恢复前的数据库会另存在旁边。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="146"/>
        <source>Where your data is</source>
        <translation>您的数据在哪里</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="249"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="262"/>
        <source>SmallCRM &amp;Help</source>
        <translation>SmallCRM 帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="267"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="270"/>
        <source>Where Is My &amp;Data?</source>
        <translation>我的数据在哪里？(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="274"/>
        <source>&amp;About SmallCRM</source>
        <translation>关于 SmallCRM(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="278"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="155"/>
        <source>SmallCRM Help</source>
        <translation>SmallCRM 帮助</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="161"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="161"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="161"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="179"/>
        <source>Getting Started</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="180"/>
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/help.py" line="181"/>
        <source>Your Data</source>
        <translation>您的数据</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1349"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1350"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1351"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="57"/>
        <source>Customer No.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="59"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="60"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="61"/>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="62"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="63"/>
        <source>Phone 2</source>
        <translation>电话2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="64"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="65"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="66"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="67"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="68"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="69"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="70"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="71"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="72"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="73"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="74"/>
        <source>Family</source>
        <translation>家庭状况</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="75"/>
        <source>Preferences</source>
        <translation>个人喜好</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="76"/>
        <source>Buying habits</source>
        <translation>购买习惯</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="77"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="78"/>
        <source>Staff</source>
        <translation>负责员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="79"/>
        <source>Mail consent</source>
        <translation>同意邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="80"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="81"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="82"/>
        <source>Churn status</source>
        <translation>流失状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="83"/>
        <source>Churn reason</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="84"/>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="85"/>
        <source>Churn note</source>
        <translation>流失说明</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="87"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="88"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="89"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="90"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="91"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="92"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="93"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="40"/>
        <location filename="../../smallcrm/ui/import_history.py" line="54"/>
        <location filename="../../smallcrm/ui/import_history.py" line="71"/>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="42"/>
        <source>Undo import %1 of “%2”?</source>
        <translation>撤销第 %1 次导入（“%2”）吗？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="47"/>
        <source>The customers and purchases it added are removed and the customers it changed get their previous values back. A customer who has since got purchases or visits of their own goes to the trash instead.</source>
        <translation>这次导入新增的客户和消费记录会被删除，被它修改过的客户恢复原来的内容。导入后又有了自己的消费或回访记录的客户，会移到回收站而不是删除。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="86"/>
        <source>Import History</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="91"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="92"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="93"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="94"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="95"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="96"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="97"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="98"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="99"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="110"/>
        <source>Nothing has been imported yet.</source>
        <translation>还没有导入过。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="112"/>
        <source>Undo Import…</source>
        <translation>撤销导入…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="143"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_history.py" line="143"/>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="138"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="139"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="140"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="141"/>
        <source>Summary row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="142"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="145"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="146"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="147"/>
        <source>Added as another customer</source>
        <translation>作为另一位客户新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="150"/>
        <source>Same customer number</source>
        <translation>客户编号相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="151"/>
        <source>Same phone</source>
        <translation>手机相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="154"/>
        <source>Skip the row; the customer stays as it is</source>
        <translation>跳过这一行，客户保持不变</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="155"/>
        <source>Fill the customer&apos;s empty fields from the row</source>
        <translation>用这一行补全客户的空白项</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="156"/>
        <source>Overwrite the customer&apos;s fields with the row&apos;s values</source>
        <translation>用这一行的内容覆盖客户的资料</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="157"/>
        <source>Keep both: add the row as another customer</source>
        <translation>两个都保留：把这一行作为另一位客户新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="202"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="203"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="873"/>
        <source>Import a Spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="913"/>
        <source>New: %1   Updated: %2   Skipped: %3   Rejected: %4</source>
        <translation>新增：%1   更新：%2   跳过：%3   拒绝：%4</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="920"/>
        <source>New customers for these purchases: %1</source>
        <translation>为这些消费记录新建的客户：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="928"/>
        <source>-rejected</source>
        <translation>-被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="930"/>
        <location filename="../../smallcrm/ui/import_wizard.py" line="945"/>
        <location filename="../../smallcrm/ui/import_wizard.py" line="949"/>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="930"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="950"/>
        <source>%1 rejected rows saved to %2. Fix them there and import that file.</source>
        <translation>已把 %1 行被拒绝的数据保存到 %2。请在那里改正后再导入该文件。</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="431"/>
        <source>Edit Contact</source>
        <translation>编辑往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="431"/>
        <source>Add Contact</source>
        <translation>添加往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="447"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="452"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="453"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="456"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="457"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="458"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="459"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="460"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="492"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="492"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="492"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="492"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="492"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="494"/>
        <source>Add Contact…</source>
        <translation>添加往来记录…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="495"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="496"/>
        <source>Mark Resolved</source>
        <translation>标为已解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="497"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="515"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="518"/>
        <source>Resolved %1</source>
        <translation>%1 已解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="529"/>
        <source>%1 contacts</source>
        <translation>共 %1 条往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="531"/>
        <source>%1 open complaints</source>
        <translation>%1 条投诉未解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="554"/>
        <source>Delete Contact</source>
        <translation>删除往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="555"/>
        <source>Delete this contact from the timeline?</source>
        <translation>要从往来记录中删除这一条吗？</translation>
    </message>
</context>
<context>
    <name>Mailing</name>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="49"/>
        <source>Birthdays this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="50"/>
        <source>Other occasion</source>
        <translation>其他场合</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="54"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="55"/>
        <source>No consent to be mailed</source>
        <translation>未同意邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="56"/>
        <source>No usable postal address</source>
        <translation>没有可用的邮寄地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="57"/>
        <source>Same address as another recipient</source>
        <translation>与其他收件人同一地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="59"/>
        <source>Greeting card sent: {title}</source>
        <translation>已寄贺卡：{title}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="60"/>
        <source>Card sent with the mailing {title}</source>
        <translation>已随“{title}”寄出贺卡</translation>
    </message>
</context>
<context>
    <name>MailingView</name>
    <message>
        <location filename="../../smallcrm/ui/mailing_print.py" line="122"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_print.py" line="125"/>
        <source>Print Preview: the first %1 of %2 recipients (Print in the Mailing area prints all)</source>
        <translation>打印预览：%2 位收件人中的前 %1 位（在“贺卡寄送”里点“打印”会打印全部）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="54"/>
        <source>Everyone who may be mailed</source>
        <translation>所有可邮寄的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="55"/>
        <source>A segment</source>
        <translation>某个客户细分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="56"/>
        <source>A tag</source>
        <translation>某个标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="57"/>
        <source>A staff member&apos;s customers</source>
        <translation>某位员工负责的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="58"/>
        <source>The customers selected in the list</source>
        <translation>客户列表中选中的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="61"/>
        <source>no street</source>
        <translation>缺少详细地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="62"/>
        <source>no city or province</source>
        <translation>缺少省市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="63"/>
        <source>postcode is not 6 digits</source>
        <translation>邮编不是6位数字</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="65"/>
        <source>Dear {name} {honorific},

Wishing you and your family health and happiness.

{shop}</source>
        <translation>尊敬的{name}{honorific}：

值此佳节，恭祝您和家人身体健康、阖家幸福！

{shop} 敬贺</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="112"/>
        <source>Title, e.g. Spring Festival 2027</source>
        <translation>标题，例如 2027 春节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="119"/>
        <source>Include churned customers</source>
        <translation>包括已流失客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="120"/>
        <source>One card per household</source>
        <translation>同一地址只寄一张</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="122"/>
        <source>&amp;Start Mailing</source>
        <translation>开始寄送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="125"/>
        <source>New mailing</source>
        <translation>新建寄送</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="127"/>
        <source>Occasion:</source>
        <translation>场合：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="128"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="129"/>
        <source>Recipients:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="135"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="502"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="521"/>
        <source>Delete Mailing</source>
        <translation>删除寄送</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="140"/>
        <source>Mailings:</source>
        <translation>贺卡寄送：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="154"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="168"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="154"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="168"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="154"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="155"/>
        <source>&amp;Remove Selected</source>
        <translation>移除选中(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="157"/>
        <source>&amp;Add Customers Selected in the List</source>
        <translation>添加客户列表中选中的客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="168"/>
        <source>Why left out</source>
        <translation>未列入原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="172"/>
        <source>Double-click a customer to open their profile and fix the address or consent.</source>
        <translation>双击客户可打开客户档案，补全地址或修改邮寄同意。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="178"/>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="179"/>
        <source>Left out</source>
        <translation>未列入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="186"/>
        <source> labels</source>
        <translation> 张标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="187"/>
        <source>Draw label edges</source>
        <translation>画出标签边框</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="188"/>
        <source>Draw postcode boxes</source>
        <translation>画出邮编方格</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="191"/>
        <source>Merge fields: {name} {honorific} {shop}</source>
        <translation>可用字段：{name} 姓名，{honorific} 称呼，{shop} 店名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="196"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="658"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="667"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="198"/>
        <source>Custom Sheet…</source>
        <translation>自定义标签纸…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="199"/>
        <source>Measure a label sheet that is not in the list</source>
        <translation>量一下列表中没有的标签纸</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="204"/>
        <source>Print on:</source>
        <translation>打印到：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="205"/>
        <source>Already used on the first sheet:</source>
        <translation>第一张已用掉：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="208"/>
        <source>Greeting:</source>
        <translation>贺词：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="210"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="212"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="214"/>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="223"/>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="225"/>
        <source>Export Contacts .vcf…</source>
        <translation>导出通讯录 .vcf…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="227"/>
        <source>&amp;Mark as Sent</source>
        <translation>标记为已寄出(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="241"/>
        <source>Start a mailing on the left: choose the occasion and who gets a card.</source>
        <translation>在左侧新建寄送：选择场合和要寄贺卡的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="313"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="603"/>
        <source>Labels: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="315"/>
        <source>Envelopes: %1</source>
        <translation>信封：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="316"/>
        <source>Printed list with a tick column</source>
        <translation>打印名单（带勾选栏）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="317"/>
        <source>Greeting inserts</source>
        <translation>贺卡内页</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="325"/>
        <source>sent %1</source>
        <translation>%1 已寄出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="325"/>
        <source>not sent yet</source>
        <translation>尚未寄出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="327"/>
        <source>%1
%2 recipients, %3</source>
        <translation>%1
%2 位收件人，%3</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="392"/>
        <source>%1 recipients.</source>
        <translation>共 %1 位收件人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="394"/>
        <source>Sent on %1: the list is kept as it was.</source>
        <translation>已于 %1 寄出：名单按当时保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="396"/>
        <source>Recipients (%1)</source>
        <translation>收件人（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="409"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="417"/>
        <source>Left out (%1)</source>
        <translation>未列入（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="430"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="437"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="457"/>
        <source>New Mailing</source>
        <translation>新建寄送</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="430"/>
        <source>There is nothing to choose from yet.</source>
        <translation>暂时没有可选的内容。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="437"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="482"/>
        <source>Select customers in the customer list first.</source>
        <translation>请先在客户列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="455"/>
        <source>Mailing started.</source>
        <translation>已新建寄送。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="475"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="482"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="495"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="794"/>
        <source>Mailing</source>
        <translation>贺卡寄送</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="503"/>
        <source>Delete the mailing %1? Greetings already logged on customers stay.</source>
        <translation>删除寄送“%1”？已记在客户名下的问候记录会保留。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="530"/>
        <source>Mark as Sent</source>
        <translation>标记为已寄出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="532"/>
        <source>Log a greeting card for each of the %1 recipients and close their festival reminders?</source>
        <translation>为这 %1 位收件人各记一条“已寄贺卡”，并关闭相应的节日提醒？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="546"/>
        <source>%1 greetings logged, %2 reminders closed.</source>
        <translation>已记录 %1 条问候，关闭 %2 条提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="652"/>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>已将 %1 页发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="660"/>
        <source>Printing stopped. This printer could not take back the pages drawn before you cancelled: remove the job from the printer&apos;s queue if they should not print.</source>
        <translation>打印已停止。这台打印机无法收回取消之前已生成的页面：如果不想打印这些页面，请在打印机的打印队列中删除该任务。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="665"/>
        <source>Printing cancelled: nothing was printed.</source>
        <translation>已取消打印：没有打印任何内容。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="667"/>
        <source>Sending to the printer…</source>
        <translation>正在发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="675"/>
        <location filename="../../smallcrm/ui/mailing_view.py" line="689"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="675"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="689"/>
        <source>Drawing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="702"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="687"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="749"/>
        <source> and %1 more</source>
        <translation> 等另外 %1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="751"/>
        <source>Text too small to read easily on %1 label(s): %2%3. Shorten the address or use bigger labels.</source>
        <translation>有 %1 张标签文字过小，不易看清：%2%3。请缩短地址或换用更大的标签。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="763"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="763"/>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard 通讯录 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="764"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_view.py" line="778"/>
        <source>Exported %1 recipients to %2</source>
        <translation>已导出 %1 位收件人到 %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="506"/>
        <source>SmallCRM — %1</source>
        <translation>SmallCRM — %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="386"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="401"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="405"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="408"/>
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="421"/>
        <source>Tra&amp;sh…</source>
        <translation>回收站(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="561"/>
        <source>Customers: %1</source>
        <translation>客户：%1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="229"/>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="230"/>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="233"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="234"/>
        <source>&amp;Mailing</source>
        <translation>贺卡寄送(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="389"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="390"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="396"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="412"/>
        <source>C&amp;ustomers</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="422"/>
        <source>&amp;Duplicates…</source>
        <translation>重复客户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="428"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="437"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="462"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="464"/>
        <source>Import &amp;History…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="465"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="562"/>
        <source>Due today: %1</source>
        <translation>今日待办：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="564"/>
        <source>Overdue: %1</source>
        <translation>已过期：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="635"/>
        <source>Creating demo customers…</source>
        <translation>正在生成演示客户……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="635"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="636"/>
        <location filename="../../smallcrm/ui/main_window.py" line="674"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="645"/>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="671"/>
        <source>Cancelled: no demo customers were added.</source>
        <translation>已取消，没有添加任何演示客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="679"/>
        <source>Demo customers added.</source>
        <translation>演示客户已添加。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="694"/>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="697"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="699"/>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="714"/>
        <location filename="../../smallcrm/ui/main_window.py" line="722"/>
        <location filename="../../smallcrm/ui/main_window.py" line="727"/>
        <location filename="../../smallcrm/ui/main_window.py" line="764"/>
        <location filename="../../smallcrm/ui/main_window.py" line="773"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="716"/>
        <source>SmallCRM databases (*.db);;All files (*)</source>
        <translation>SmallCRM 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="722"/>
        <source>Please wait until the current task has finished.</source>
        <translation>请等当前的任务完成。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="728"/>
        <source>Replace all customers in SmallCRM with the ones in this backup?</source>
        <translation>要用这个备份里的客户替换 SmallCRM 中现有的全部客户吗？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="731"/>
        <source>The database as it is now is kept beside it as a separate file, so nothing is lost; the backup&apos;s customers replace what you see.</source>
        <translation>现在的数据库会另存为一个文件放在旁边，不会丢失；您看到的客户将换成备份里的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="735"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="754"/>
        <source>Restoring…</source>
        <translation>正在恢复……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="769"/>
        <source>Restored. The database as it was is kept as %1</source>
        <translation>已恢复。原来的数据库另存为 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="819"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="823"/>
        <source>Restore the latest backup to carry on safely. Working on with a damaged file may lose more; quit if you want to ask for help first.</source>
        <translation>恢复最近的备份才能放心继续使用。继续用损坏的文件可能丢失更多数据；想先找人帮忙的话，请退出。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="827"/>
        <source>Restore a Backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="828"/>
        <source>Keep Working</source>
        <translation>继续使用</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="829"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="879"/>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="890"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="891"/>
        <source>The backup before closing failed: %1

Close anyway?</source>
        <translation>关闭前的备份失败：%1

仍然关闭吗？</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="457"/>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="460"/>
        <source>Each column of the file and what it becomes in SmallCRM. Columns SmallCRM does not know are kept in the notes; choose a field for them, or not to import them.</source>
        <translation>文件的每一列以及它在 SmallCRM 里对应的内容。SmallCRM 不认识的列会保存到备注里；也可以为它们选择一个字段，或者不导入。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="466"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="466"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="466"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="474"/>
        <source>Use the Suggested Columns</source>
        <translation>使用建议的对应</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="493"/>
        <source>Headers found in row %1.</source>
        <translation>表头在第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="495"/>
        <source>These are the columns you chose last time for a file with the same headers.</source>
        <translation>这是上次导入相同表头的文件时您选择的对应方式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="497"/>
        <source>Don&apos;t import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="497"/>
        <source>Keep in the notes</source>
        <translation>保存到备注</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../smallcrm/ui/notifications.py" line="36"/>
        <source>No reminders due today.</source>
        <translation>今天没有到期的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/notifications.py" line="40"/>
        <source>Reminders due today: %1</source>
        <translation>今日待办：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/notifications.py" line="43"/>
        <source>Overdue: %1</source>
        <translation>已过期：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/notifications.py" line="52"/>
        <source>and %1 more</source>
        <translation>另有 %1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/notifications.py" line="184"/>
        <source>Reminders now due: %1</source>
        <translation>现在到期的提醒：%1 条</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="558"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="559"/>
        <source>Nothing has been stored yet. This is exactly what the import will do.</source>
        <translation>还没有保存任何内容。下面就是导入后的结果。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="561"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="572"/>
        <source>Add customers who are not in SmallCRM yet (from the row&apos;s name and phone)</source>
        <translation>新建 SmallCRM 里还没有的客户（用这一行的姓名和手机）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="577"/>
        <source>A row with the same customer number or phone as a customer you have (or an earlier row) is a duplicate. Blank rows count as nothing; total rows (合计, 小计, Total) are skipped. A row without name and phone, or with an impossible value, is rejected whole. The import is all or nothing, and can be undone.</source>
        <translation>客户编号或手机与已有客户（或前面某一行）相同的行算作重复。空行不计；合计行（合计、小计、Total）跳过。既没有姓名也没有手机、或含有不可能的值的行整行拒绝。导入要么全部完成、要么什么都不改，并且可以撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="586"/>
        <source>Duplicates:</source>
        <translation>重复的行：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="601"/>
        <location filename="../../smallcrm/ui/import_wizard.py" line="602"/>
        <location filename="../../smallcrm/ui/import_wizard.py" line="711"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="601"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="601"/>
        <source>Matched by</source>
        <translation>重复依据</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="601"/>
        <location filename="../../smallcrm/ui/import_wizard.py" line="711"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="602"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="602"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="603"/>
        <source>Save Rejected Rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="604"/>
        <source>An Excel file with the rejected rows and why, to fix and import again</source>
        <translation>把被拒绝的行及原因存为 Excel 文件，改正后可再次导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="668"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="730"/>
        <source>an earlier row of this file</source>
        <translation>本文件前面的一行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="738"/>
        <source>The first %1 of %2 duplicate rows are listed here.</source>
        <translation>这里列出 %2 个重复行中的前 %1 个。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="748"/>
        <source>The first %1 are listed here; Save Rejected Rows writes all %2.</source>
        <translation>这里列出前 %1 行；“保存被拒绝的行”会写出全部 %2 行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="754"/>
        <source>First rows (%1)</source>
        <translation>前几行（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="755"/>
        <source>Duplicates (%1)</source>
        <translation>重复（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="756"/>
        <source>Rejected (%1)</source>
        <translation>拒绝（%1）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="416"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="417"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="418"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="419"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="420"/>
        <source>Sent</source>
        <translation>已寄</translation>
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
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="103"/>
        <source>Making reminders</source>
        <translation>正在生成提醒</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="307"/>
        <source>Edit Purchase</source>
        <translation>编辑购买记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="307"/>
        <source>Add Purchase</source>
        <translation>添加购买记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="323"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="328"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="329"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="330"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="331"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="332"/>
        <source>Amount paid (%1)</source>
        <translation>实付金额（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="333"/>
        <source>Cost of goods (%1)</source>
        <translation>进货成本（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="334"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="335"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="361"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="362"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="363"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="364"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="365"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="366"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="367"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="371"/>
        <source>Add Purchase…</source>
        <translation>添加购买记录…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="372"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="373"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="394"/>
        <source>%1 purchases · total %2 · profit %3</source>
        <translation>共 %1 笔 · 合计 %2 · 利润 %3</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="399"/>
        <source>(%1 without a cost price, counted as no cost)</source>
        <translation>（%1 笔没有成本价，按零成本计）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="419"/>
        <source>Delete Purchase</source>
        <translation>删除购买记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="421"/>
        <source>Delete the purchase of %1 on %2?</source>
        <translation>要删除 %2 购买的 %1 吗？</translation>
    </message>
</context>
<context>
    <name>QuickFilter</name>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="67"/>
        <source>At risk of leaving</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="68"/>
        <source>Lost or judged lost</source>
        <translation>已流失或判定流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="78"/>
        <source>No staff member</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="82"/>
        <source>%1 (left)</source>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="96"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="97"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="104"/>
        <location filename="../../smallcrm/ui/filters.py" line="124"/>
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="110"/>
        <location filename="../../smallcrm/ui/filters.py" line="126"/>
        <source>Open complaint</source>
        <translation>有未解决投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="115"/>
        <source>Any staff</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="120"/>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="122"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="129"/>
        <source>Any segment</source>
        <translation>全部细分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/filters.py" line="133"/>
        <source>Any churn risk</source>
        <translation>全部流失风险</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="54"/>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="55"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="56"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="57"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="58"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="59"/>
        <source>Greeting sent</source>
        <translation>已送祝福</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="60"/>
        <source>Note</source>
        <translation>备忘</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="63"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="64"/>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="65"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="66"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="708"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="709"/>
        <source>Customer No.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="710"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="711"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="712"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="713"/>
        <source>Phone 2</source>
        <translation>电话 2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="714"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="715"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="716"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="717"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="718"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="719"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="720"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="721"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="722"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="723"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="724"/>
        <source>Family</source>
        <translation>家庭状况</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="725"/>
        <source>Preferences</source>
        <translation>个人喜好</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="726"/>
        <source>Buying habits</source>
        <translation>购买习惯</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="727"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="728"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="729"/>
        <source>May be mailed</source>
        <translation>可以邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="730"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="731"/>
        <source>Reason for leaving</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="732"/>
        <source>Left on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="733"/>
        <source>Note on leaving</source>
        <translation>流失说明</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="734"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="735"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="738"/>
        <source>Added</source>
        <translation>建档</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="739"/>
        <source>Moved to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="740"/>
        <source>Restored from the trash</source>
        <translation>从回收站找回</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="741"/>
        <source>Tagged</source>
        <translation>加了标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="742"/>
        <source>Tag removed</source>
        <translation>去掉了标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="743"/>
        <source>Merged with a duplicate</source>
        <translation>与重复客户合并</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="744"/>
        <source>Merged into another customer</source>
        <translation>并入另一位客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="745"/>
        <source>Merge undone</source>
        <translation>撤销了合并</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="748"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="749"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="750"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="751"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="752"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="753"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="754"/>
        <source>Natural</source>
        <translation>自然流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="755"/>
        <source>Lost to a competitor</source>
        <translation>被同行抢走</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="756"/>
        <source>Our fault</source>
        <translation>我们的过失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="35"/>
        <source>same customer number</source>
        <translation>客户编号相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="36"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="37"/>
        <source>same name and street</source>
        <translation>姓名和街道相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/duplicates_view.py" line="38"/>
        <source>same name and birthday</source>
        <translation>姓名和生日相同</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="562"/>
        <source>Add Reminder</source>
        <translation>添加提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="562"/>
        <source>Edit Reminder</source>
        <translation>编辑提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="566"/>
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="572"/>
        <source>any time, or 14:30</source>
        <translation>不限时间，或 14:30</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="576"/>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="577"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="578"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="579"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="97"/>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="98"/>
        <source>Festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="99"/>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="100"/>
        <source>New-customer check-in</source>
        <translation>新客户回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="101"/>
        <source>Win back quiet customers</source>
        <translation>挽回久未光顾的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="107"/>
        <source>Birthday of {name} on {when}</source>
        <translation>{name} 的生日在 {when}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="108"/>
        <source>{date} (lunar {lunar})</source>
        <translation>{date}（农历{lunar}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="109"/>
        <source>{festival} on {date}: send {name} greetings</source>
        <translation>{date} {festival}：给 {name} 送上问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="110"/>
        <source>Follow up the complaint of {name} from {date}: {summary}</source>
        <translation>回访 {name} {date} 的投诉：{summary}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="111"/>
        <source>Check in with new customer {name} (first purchase {date})</source>
        <translation>回访新客户 {name}（首次购买 {date}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="112"/>
        <source>Win back {name}: no purchase since {date}</source>
        <translation>挽回 {name}：自 {date} 起没有购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminder_rules.py" line="113"/>
        <source>The day has passed</source>
        <translation>日子已过</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="44"/>
        <source>Overdue</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="45"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="46"/>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="47"/>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="48"/>
        <source>Done (recent)</source>
        <translation>最近完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="51"/>
        <source>Call back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="52"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="53"/>
        <source>Festival greeting</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="54"/>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="55"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="56"/>
        <source>Win back</source>
        <translation>挽回客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="57"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="137"/>
        <source>Profit in the last 12 months: %1</source>
        <translation>近 12 个月利润：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="141"/>
        <source>last purchase %1 days ago, usually every %2 days</source>
        <translation>上次购买在 %1 天前，通常每 %2 天买一次</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="144"/>
        <source>last purchase %1 days ago</source>
        <translation>上次购买在 %1 天前</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="478"/>
        <source>… and %1 more: click to show them</source>
        <translation>……还有 %1 条：点击显示</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/repeats.py" line="14"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/repeats.py" line="15"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/repeats.py" line="16"/>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/repeats.py" line="17"/>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/repeats.py" line="18"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/repeats.py" line="19"/>
        <source>Every three months</source>
        <translation>每三个月</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/repeats.py" line="20"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="66"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="67"/>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="68"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="69"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="70"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="71"/>
        <source>Tier</source>
        <translation>利润分层</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="72"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="622"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="622"/>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="622"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="622"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="622"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="624"/>
        <source>Add Reminder…</source>
        <translation>添加提醒…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="625"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="626"/>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="627"/>
        <source>Snooze…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="628"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="629"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="658"/>
        <source>%1 open reminders</source>
        <translation>%1 条待办提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="660"/>
        <source>%1 due now</source>
        <translation>%1 条已到期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="680"/>
        <source>Reminder Done</source>
        <translation>提醒已完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="680"/>
        <source>What came of it? (optional, kept in the timeline)</source>
        <translation>结果如何？（可不填，会记入往来记录）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="700"/>
        <source>Delete Reminder</source>
        <translation>删除提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="701"/>
        <source>Delete the reminder “%1” for good? Dismiss keeps it in the list.</source>
        <translation>彻底删除提醒“%1”吗？选“忽略”则仍保留在列表中。</translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="270"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="274"/>
        <source>Everyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="276"/>
        <source>Customer name or phone</source>
        <translation>客户姓名或手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="282"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="285"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="288"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="292"/>
        <location filename="../../smallcrm/ui/reminders_view.py" line="680"/>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="293"/>
        <source>Mark the selected reminders done and note what came of it</source>
        <translation>把选中的提醒标为完成，并记下结果</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="295"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="297"/>
        <source>Later Today</source>
        <translation>今天稍后</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="298"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="299"/>
        <source>Next Week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="300"/>
        <source>Pick a Date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="302"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="304"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="306"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="308"/>
        <location filename="../../smallcrm/ui/reminders_view.py" line="315"/>
        <source>Open Customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="360"/>
        <source>Nothing to do: no reminders match.</source>
        <translation>没有要做的事：没有符合条件的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="375"/>
        <source>To Do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="378"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="680"/>
        <source>Done (%1)…</source>
        <translation>完成（%1）…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="726"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="737"/>
        <source>Reminder Done</source>
        <translation>提醒已完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="739"/>
        <source>%1 Reminders Done</source>
        <translation>%1 条提醒已完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="742"/>
        <source>What came of it? (optional, kept in the customer&apos;s timeline)</source>
        <translation>结果如何？（可不填，会记入客户的往来记录）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="751"/>
        <source>Done: %1.</source>
        <translation>已完成：%1 条。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="765"/>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="775"/>
        <source>Snoozed: %1.</source>
        <translation>已推迟：%1 条。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="784"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="793"/>
        <source>Rescheduled to %1.</source>
        <translation>已改到 %1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="807"/>
        <source>Reminder saved.</source>
        <translation>提醒已保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminders_view.py" line="816"/>
        <source>Dismissed: %1.</source>
        <translation>已忽略：%1 条。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="770"/>
        <location filename="../../smallcrm/ui/import_wizard.py" line="797"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="778"/>
        <source>Save Rejected Rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="780"/>
        <source>Undo This Import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="798"/>
        <source>Cancel stops the import and leaves your customers exactly as they were.</source>
        <translation>点“取消”会停止导入，客户资料保持原样。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="799"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="814"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="827"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="828"/>
        <source>Nothing was imported: your customers are exactly as they were.</source>
        <translation>没有导入任何内容：客户资料保持原样。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="830"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="831"/>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="839"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="842"/>
        <source>This was import %1. You can undo it here or later under File, Import History.</source>
        <translation>这是第 %1 次导入。可以在这里撤销，以后也可以在“文件 &gt; 导入记录”里撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/import_wizard.py" line="860"/>
        <source>The import was undone.</source>
        <translation>这次导入已撤销。</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../smallcrm/domain/churn.py" line="740"/>
        <source>Too little history for the model ({buyers} customers have bought, {repeaters} came back; it needs {min_buyers} and {min_repeaters}): simple rules are used.</source>
        <translation>历史数据太少，模型用不上（{buyers} 位客户买过，{repeaters} 位回头；需要 {min_buyers} 和 {min_repeaters} 位）：改用简单规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/churn.py" line="749"/>
        <source>The model could not be fitted to this history: simple rules are used.</source>
        <translation>模型无法拟合这些历史数据：改用简单规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="49"/>
        <source>Profit tier</source>
        <translation>利润分层</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="50"/>
        <source>RFM group</source>
        <translation>RFM 分组</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="51"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="52"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="53"/>
        <source>Lifecycle stage</source>
        <translation>客户发展阶段</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="54"/>
        <source>Churn status</source>
        <translation>流失状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="55"/>
        <source>Saved segment</source>
        <translation>已存的客户群</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="60"/>
        <location filename="../../smallcrm/domain/segments.py" line="61"/>
        <source>High profit</source>
        <translation>高利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="61"/>
        <location filename="../../smallcrm/domain/segments.py" line="62"/>
        <source>Medium profit</source>
        <translation>中等利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="62"/>
        <location filename="../../smallcrm/domain/segments.py" line="63"/>
        <source>No profit</source>
        <translation>无收益</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/reminder_model.py" line="63"/>
        <location filename="../../smallcrm/domain/segments.py" line="64"/>
        <source>Loss-making</source>
        <translation>亏损</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="67"/>
        <source>Champions</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="68"/>
        <source>Loyal customers</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="69"/>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="70"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="71"/>
        <source>Promising</source>
        <translation>有潜力</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="72"/>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="73"/>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="74"/>
        <location filename="../../smallcrm/domain/segments.py" line="96"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="75"/>
        <source>Can&apos;t lose them</source>
        <translation>不能流失的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="76"/>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="79"/>
        <source>Under 25</source>
        <translation>25 岁以下</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="80"/>
        <source>25 to 34</source>
        <translation>25 到 34 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="81"/>
        <source>35 to 44</source>
        <translation>35 到 44 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="82"/>
        <source>45 to 54</source>
        <translation>45 到 54 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="83"/>
        <source>55 to 64</source>
        <translation>55 到 64 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="84"/>
        <source>65 and over</source>
        <translation>65 岁及以上</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="85"/>
        <source>Age unknown</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="88"/>
        <source>Loyal</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="89"/>
        <source>Retained</source>
        <translation>留住</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="90"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="91"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="92"/>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="95"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="97"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="100"/>
        <source>Income not recorded</source>
        <translation>收入未记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="103"/>
        <source>Natural (moved away, no longer needs it)</source>
        <translation>自然流失（搬走了、不再需要）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="104"/>
        <source>Lost to a competitor</source>
        <translation>被同行抢走</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="105"/>
        <source>Our fault (price, quality, service)</source>
        <translation>我们的过失（价格、质量、服务）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="106"/>
        <source>Marked lost, no reason given</source>
        <translation>标为流失，未写原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="107"/>
        <source>Stopped buying (model)</source>
        <translation>不再购买（模型判断）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="108"/>
        <source>No purchase for too long</source>
        <translation>太久没有购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="114"/>
        <source>Profit over the analysis window (default the last 12 months) = what the customer paid − the cost of the goods − the service cost setting for every visit, call, message, complaint, feedback or greeting (a simple activity-based costing). Loss-making: below zero. No profit: from zero up to the no-profit setting. The others are ranked by profit: the best ones, who together make the high-profit share (default 80 %) of their profit, are high profit; the rest medium profit.</source>
        <translation>分析期内（默认最近 12 个月）的利润 = 客户实付 − 商品成本 − 每次到店、电话、消息、投诉、反馈或问候按设置计的服务成本（简单的作业成本法）。亏损：低于零。无收益：从零到“无收益”设置之间。其余按利润排序：最好的那些客户合起来占利润的高利润份额（默认 80%），算高利润；其余算中等利润。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="122"/>
        <source>RFM scores customers who have bought from 1 to 5 on recency (days since the last purchase day), frequency (purchase days) and monetary value (total spend): 1 + ⌊5 × the share of customers with a worse value⌋, so equal values get equal scores. The group follows the recency score and the average of the frequency and monetary scores: Champions 5/4–5, Loyal 3–4/4–5, Potential loyalists 4–5/2–3, New customers 5/1, Promising 4/1, Need attention 3/3, About to sleep 3/1–2, At risk 1–2/3–4, Can&apos;t lose them 1–2/5, Hibernating 1–2/1–2.</source>
        <translation>RFM 给买过东西的客户在最近一次消费（距最后购买日的天数）、消费频率（购买天数）和消费金额（总消费）上各打 1 到 5 分：1 + ⌊5 × 比他差的客户所占比例⌋，所以数值相同分数也相同。分组按最近一次消费的分数和频率、金额两项的平均分：重要价值客户 5/4–5，忠诚客户 3–4/4–5，潜在忠诚客户 4–5/2–3，新客户 5/1，有潜力 4/1，需要关注 3/3，即将沉睡 3/1–2，有流失风险 1–2/3–4，不能流失的客户 1–2/5，沉睡客户 1–2/1–2。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="131"/>
        <source>Age in completed years on the analysis day, from birthdays with a year; lunar birthdays count lunar years.</source>
        <translation>按分析日的周岁计算，只算有年份的生日；农历生日按农历年算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="135"/>
        <source>The income band as recorded in each customer&apos;s profile.</source>
        <translation>客户档案里记录的收入档次。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="136"/>
        <source>Potential: has not bought yet. New: one purchase day, no good feedback yet. Satisfied: came back for a second purchase day, or gave a satisfaction score of 4 or 5. Retained: at least 3 purchase days, one of them in the last 12 months, and not unhappy (latest score 1 or 2, or a complaint still open). Loyal: retained, first purchase at least 24 months ago and at least 6 purchase days. A customer who stops buying falls back to satisfied and shows up as at risk or lost.</source>
        <translation>潜在：还没买过。新：只有一个购买日，还没有好评。满意：回头买了第二天，或给了 4 分或 5 分的满意度。留住：至少 3 个购买日，其中一个在最近 12 个月内，而且没有不满（最近评分 1 或 2 分，或有未解决的投诉）。老客户：已留住，首次购买至少在 24 个月前，且至少 6 个购买日。不再购买的客户会退回“满意”，并显示为有流失风险或已流失。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="144"/>
        <source>At risk: a customer who came back before and whose chance of still buying is below the at-risk setting. Lost (churned): marked so by you, with a reason, or a chance below the lost setting. Customers who bought only once are judged by the days since that purchase.</source>
        <translation>有流失风险：以前回头过、但仍会购买的可能性低于“有流失风险”设置的客户。已流失：您标记为流失并写了原因的，或可能性低于“已流失”设置的。只买过一次的客户按距那次购买的天数判断。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="150"/>
        <source>The chance that a customer still buys, their expected purchases and lifetime value come from the BG/NBD and Gamma-Gamma models, fitted to all your customers&apos; purchase days (several purchases on one day count once; the first purchase day is not a repeat). Lifetime value is the expected spend over the coming months, discounted.</source>
        <translation>客户仍会购买的可能性、预计购买次数和终身价值来自 BG/NBD 和 Gamma-Gamma 模型，按全部客户的购买日拟合（同一天的多笔购买算一次；第一个购买日不算回头）。终身价值是今后几个月的预计消费，按折现计算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="157"/>
        <source>Too little purchase history for the model: at risk and lost follow the days since the last purchase, expected purchases the customer&apos;s own past rate.</source>
        <translation>购买历史太少，模型用不上：有流失风险和已流失按距最后购买的天数判断，预计购买次数按客户自己过去的频率估计。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="162"/>
        <source>A purchase day is a calendar day with at least one purchase of a positive amount; several purchases on one day count once. Everything up to and including the analysis day is used, nothing after it.</source>
        <translation>购买日是至少有一笔正金额购买的日子；同一天的多笔购买算一次。只用到分析日为止（含当天）的数据，之后的不算。</translation>
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
    <message>
        <location filename="../../smallcrm/settings.py" line="38"/>
        <source>Remind me of birthdays</source>
        <translation>提醒我客户生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="39"/>
        <source>Days before a birthday to remind me</source>
        <translation>生日前几天提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="40"/>
        <source>Remind me to send festival greetings</source>
        <translation>提醒我节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="41"/>
        <source>Days before a festival to remind me</source>
        <translation>节日前几天提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="46"/>
        <source>Customers to greet at festivals (all, or tag:NAME)</source>
        <translation>节日问候哪些客户（all 表示全部，或 tag:标签名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="52"/>
        <source>Traditional festivals to greet customers on</source>
        <translation>要问候客户的传统节日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="55"/>
        <source>Remind me to follow up open complaints</source>
        <translation>提醒我回访未解决的投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="58"/>
        <source>Days after a complaint to follow it up</source>
        <translation>投诉后几天回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="61"/>
        <source>Remind me to check in with new customers</source>
        <translation>提醒我回访新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="64"/>
        <source>Days after a first purchase to check in</source>
        <translation>首次购买后几天回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="67"/>
        <source>Remind me of customers who stopped buying</source>
        <translation>提醒我久未光顾的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="73"/>
        <source>Remind me after this many of a customer&apos;s usual purchase intervals</source>
        <translation>超过客户平时购买间隔的几倍后提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="79"/>
        <source>Days a missed check-in or win-back reminder is still made</source>
        <translation>错过的回访或挽回提醒在几天内仍会补建</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="86"/>
        <source>Months of purchases that decide profit tiers</source>
        <translation>按最近几个月的购买划分利润层次</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="92"/>
        <source>Cost of serving a customer once (a visit, call, message...), in fen</source>
        <translation>服务客户一次（到店、电话、消息……）的成本，单位：分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="98"/>
        <source>High-profit customers are the best ones making this share of profit (%)</source>
        <translation>高利润客户是占利润这一比例（%）的最好的那些客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="104"/>
        <source>Profit up to this many fen counts as no profit</source>
        <translation>利润不超过这么多分算无收益</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="110"/>
        <source>At risk below this chance (%) that a customer is still buying</source>
        <translation>仍会购买的可能性低于这个比例（%）算有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="116"/>
        <source>Lost below this chance (%) that a customer is still buying</source>
        <translation>仍会购买的可能性低于这个比例（%）算已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="122"/>
        <source>Too little history: at risk after this many days without a purchase</source>
        <translation>历史太少时：这么多天没有购买算有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="128"/>
        <source>Too little history: lost after this many days without a purchase</source>
        <translation>历史太少时：这么多天没有购买算已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="130"/>
        <source>Months ahead that lifetime value counts</source>
        <translation>终身价值往后算几个月</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="135"/>
        <source>Yearly discount rate for lifetime value (%)</source>
        <translation>终身价值的年折现率（%）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="46"/>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="140"/>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="145"/>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="158"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="48"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="49"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="50"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="78"/>
        <source>Amounts are shown with this currency&apos;s symbol, such as ¥ for CNY.</source>
        <translation>金额前显示这种货币的符号，例如人民币（CNY）显示 ¥。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="80"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="83"/>
        <source>A new language applies the next time SmallCRM starts.</source>
        <translation>换了语言后，下次启动 SmallCRM 时生效。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="86"/>
        <source>The shop&apos;s name, address and phone are the sender on envelopes and cards.</source>
        <translation>店名、地址和电话会作为寄件人印在信封和贺卡上。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="90"/>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="91"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="92"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="93"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="94"/>
        <source>Phone numbers without a country code are from</source>
        <translation>没有国家区号的电话号码属于</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="95"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="96"/>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="167"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="140"/>
        <source>The phone region is a two-letter country code, such as CN.</source>
        <translation>电话所属地区是两个字母的国家代码，例如 CN。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="145"/>
        <source>The currency is a three-letter code, such as CNY or HKD.</source>
        <translation>货币用三个字母的代码表示，例如 CNY 或 HKD。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="168"/>
        <source>The new language applies the next time you start SmallCRM.</source>
        <translation>新的语言会在您下次启动 SmallCRM 时生效。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="183"/>
        <source>SmallCRM makes these reminders by itself when it starts and every day while it runs. Each is made once: switching a rule off keeps the reminders it has made.</source>
        <translation>SmallCRM 在启动时以及运行期间每天自动生成这些提醒。每条只生成一次：关闭某项规则不会删除它已生成的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="197"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="199"/>
        <source>Birthdays (solar or lunar)</source>
        <translation>生日提醒（公历或农历）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="200"/>
        <source>Festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="201"/>
        <source>Follow up open complaints</source>
        <translation>回访未解决的投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="202"/>
        <source>Check in with new customers</source>
        <translation>回访新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="203"/>
        <source>Win back customers who stopped buying</source>
        <translation>挽回不再购买的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="210"/>
        <source> × their usual interval</source>
        <translation> 倍平时购买间隔</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="214"/>
        <source>all, or tag:VIP</source>
        <translation>all（全部），或 tag:VIP</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="216"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="217"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="218"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="226"/>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="228"/>
        <source>Remind me ahead by</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="229"/>
        <source>Customers to greet</source>
        <translation>问候哪些客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="230"/>
        <source>Festivals</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="232"/>
        <source>After the complaint, every</source>
        <translation>投诉后每隔</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="234"/>
        <source>After the first purchase</source>
        <translation>首次购买后</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="236"/>
        <source>When quiet for</source>
        <translation>未光顾达到</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="237"/>
        <source>Still make a missed check-in or win-back for</source>
        <translation>错过的回访或挽回提醒仍补发</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="262"/>
        <source>Each customer can have a staff member responsible for them. When someone leaves, deactivate them and hand their customers to another (select the customers, Assign Staff): the shop keeps every customer and their history.</source>
        <translation>每位客户都可以有一位负责的店员。有人离职时，把他设为离职，再把他的客户交给别人（选中这些客户，点“指定负责人”）：客户和往来记录都留在店里。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="270"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="272"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="274"/>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="312"/>
        <source>Deactivate</source>
        <translation>设为离职</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="294"/>
        <source>%1 — customers: %2</source>
        <translation>%1 — 负责 %2 位客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="296"/>
        <source>(left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="312"/>
        <source>Reactivate</source>
        <translation>恢复在职</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="317"/>
        <source>Add Staff Member</source>
        <translation>添加店员</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="317"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="327"/>
        <source>Rename Staff Member</source>
        <translation>店员改名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/settings_dialog.py" line="327"/>
        <source>New name:</source>
        <translation>新名字：</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="31"/>
        <source>Custom Label Sheet</source>
        <translation>自定义标签纸</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="35"/>
        <source>e.g. Stationery shop 3x7</source>
        <translation>例如 文具店 3x7</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="37"/>
        <source>Other size</source>
        <translation>其他尺寸</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="59"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="60"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="61"/>
        <source>Page width:</source>
        <translation>纸宽：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="62"/>
        <source>Page height:</source>
        <translation>纸高：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="63"/>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="64"/>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="65"/>
        <source>Label width:</source>
        <translation>标签宽：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="66"/>
        <source>Label height:</source>
        <translation>标签高：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="67"/>
        <source>Top margin (to the first label):</source>
        <translation>上边距（到第一张标签）：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="68"/>
        <source>Left margin (to the first label):</source>
        <translation>左边距（到第一张标签）：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="69"/>
        <source>Across, label to label:</source>
        <translation>横向间距（标签到标签）：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="70"/>
        <source>Down, label to label:</source>
        <translation>纵向间距（标签到标签）：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/mailing_sheet_dialog.py" line="83"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="598"/>
        <source>Snooze Reminder</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/customer_records.py" line="605"/>
        <source>Remind me on</source>
        <translation>改到哪天提醒</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="46"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="48"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="48"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="48"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="48"/>
        <source>Moved to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="65"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="67"/>
        <source>Delete for Good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="69"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="100"/>
        <source>In the trash: %1. Restore brings a customer back with everything they had.</source>
        <translation>回收站里有 %1 位客户。恢复后客户的全部资料都会回来。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="104"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="136"/>
        <source>Delete for Good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/trash.py" line="138"/>
        <source>Delete the selected customers (%1) for good, with their purchases, contacts and reminders? This cannot be undone.</source>
        <translation>要彻底删除选中的客户（%1 位）以及他们的购买、往来记录和提醒吗？删除后无法恢复。</translation>
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
        <location filename="../../smallcrm/domain/customers.py" line="71"/>
        <source>A customer with this phone number or customer number already exists: {name} (id {id}).</source>
        <translation>已有客户使用这个手机号或客户编号：{name}（ID {id}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="84"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>文字超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="97"/>
        <source>{value} is not yes or no.</source>
        <translation>{value} 不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="108"/>
        <location filename="../../smallcrm/domain/mailing.py" line="109"/>
        <location filename="../../smallcrm/domain/reminders.py" line="770"/>
        <location filename="../../smallcrm/domain/staff.py" line="43"/>
        <source>There is no staff member {value}.</source>
        <translation>没有员工 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="127"/>
        <source>There is no customer field {field}.</source>
        <translation>客户资料中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="139"/>
        <location filename="../../smallcrm/sheets/importer.py" line="757"/>
        <source>{value} is not a gender (M or F).</source>
        <translation>{value} 不是性别（男或女）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="157"/>
        <source>{value} is not active or churned.</source>
        <translation>{value} 不是“活跃”或“已流失”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="164"/>
        <source>{value} is not natural, competitive or fault.</source>
        <translation>{value} 不是“自然流失”“竞争流失”或“过失流失”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="206"/>
        <location filename="../../smallcrm/domain/customers.py" line="479"/>
        <source>There is no customer with id {id}.</source>
        <translation>没有 ID 为 {id} 的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="265"/>
        <source>A customer needs at least a name or a phone number.</source>
        <translation>客户至少要有姓名或手机号。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="307"/>
        <source>The customer number cannot be empty.</source>
        <translation>客户编号不能为空。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="358"/>
        <source>The tag name is empty.</source>
        <translation>标签名是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="455"/>
        <source>Customer {id} is not in the trash; move it to the trash first.</source>
        <translation>客户 {id} 不在回收站里；请先把它移入回收站。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers.py" line="598"/>
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
        <location filename="../../smallcrm/domain/duplicates.py" line="420"/>
        <source>There is no customer field {field} to choose in a merge.</source>
        <translation>合并时没有可选的客户资料项“{field}”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="425"/>
        <source>The choice for {field} must be keep or other, not {value}.</source>
        <translation>“{field}”的选择只能是 keep（保留这位的）或 other（用另一位的），不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="436"/>
        <source>Customer {id} is in the trash; restore it before merging.</source>
        <translation>客户 {id} 在回收站里；合并前请先恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="460"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能和自己合并。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="557"/>
        <source>There is no merge with id {id}.</source>
        <translation>没有 ID 为 {id} 的合并记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="559"/>
        <source>Merge {id} has already been undone.</source>
        <translation>合并记录 {id} 已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="571"/>
        <source>Customer {id} has since been merged into customer {into}; undo that merge first.</source>
        <translation>客户 {id} 后来又被合并到了客户 {into}；请先撤销那次合并。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="579"/>
        <source>Customer {id} has been moved to the trash since the merge; restore it before undoing the merge.</source>
        <translation>合并之后客户 {id} 被移入了回收站；撤销合并前请先恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="587"/>
        <source>Customer {id} has been restored from the trash since the merge, so the merge cannot be undone.</source>
        <translation>合并之后客户 {id} 已从回收站恢复，因此这次合并无法撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="680"/>
        <source>A customer cannot be a duplicate of itself.</source>
        <translation>客户不能与自己重复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/duplicates.py" line="748"/>
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
        <location filename="../../smallcrm/domain/phones.py" line="56"/>
        <source>The phone number {value} is in scientific notation, so its last digits are lost; type it again or format the column as text.</source>
        <translation>手机号 {value} 是科学计数法格式，末尾几位数字已经丢失；请重新输入，或把这一列设置为文本格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/phones.py" line="68"/>
        <source>{value} is not a phone number.</source>
        <translation>{value} 不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/phones.py" line="90"/>
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
        <location filename="../../smallcrm/domain/bulk.py" line="25"/>
        <location filename="../../smallcrm/domain/reminders.py" line="67"/>
        <location filename="../../smallcrm/domain/reminders.py" line="138"/>
        <source>A reminder needs a title.</source>
        <translation>提醒需要填写标题。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="72"/>
        <location filename="../../smallcrm/domain/reminders.py" line="347"/>
        <source>{value} is not a kind of reminder.</source>
        <translation>{value} 不是一种提醒类型。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="85"/>
        <source>There is no reminder field {field}.</source>
        <translation>提醒中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="103"/>
        <source>{value} is not a repeat interval such as &apos;2 weeks&apos;.</source>
        <translation>{value} 不是有效的重复间隔，例如“2 weeks”（每 2 周）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/bulk.py" line="23"/>
        <location filename="../../smallcrm/domain/reminders.py" line="136"/>
        <source>A reminder needs a due date.</source>
        <translation>提醒需要填写到期日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="148"/>
        <source>There is no reminder with id {id}.</source>
        <translation>没有 ID 为 {id} 的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="167"/>
        <source>Reminder {id} is already done.</source>
        <translation>提醒 {id} 已经完成了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="169"/>
        <source>Reminder {id} was dismissed.</source>
        <translation>提醒 {id} 已被忽略。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders.py" line="396"/>
        <source>{value} is not today, overdue, week or all.</source>
        <translation>{value} 不是 today（今天）、overdue（已过期）、week（本周）或 all（全部）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/staff.py" line="19"/>
        <location filename="../../smallcrm/domain/staff.py" line="51"/>
        <source>A staff member needs a name.</source>
        <translation>员工需要填写姓名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/staff.py" line="57"/>
        <source>There is already a staff member called {name}.</source>
        <translation>已经有一位叫 {name} 的店员了。</translation>
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
        <location filename="../../smallcrm/store/db.py" line="63"/>
        <source>This is a folder, not a database file.</source>
        <translation>这是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="72"/>
        <source>Cannot create the folder for the database: {reason}.</source>
        <translation>无法创建存放数据库的文件夹：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="116"/>
        <source>The database is busy in another program or window; close it and try again.</source>
        <translation>数据库正被其他程序或窗口占用；请关闭后重试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="124"/>
        <source>This file is not a SmallCRM database or it is damaged; restore a backup with &apos;smallcrm restore FILE&apos; or choose another file.</source>
        <translation>这个文件不是 SmallCRM 数据库，或者已经损坏；请用“smallcrm restore 备份文件”恢复备份，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="133"/>
        <source>The database file cannot be opened for writing; check its permissions.</source>
        <translation>数据库文件无法写入；请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="138"/>
        <source>The disk is full or failing; free some space and try again.</source>
        <translation>磁盘已满或出现故障；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="142"/>
        <source>The database could not be used: {reason}.</source>
        <translation>无法使用数据库：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="157"/>
        <source>The database is damaged ({detail}); restore the latest backup with &apos;smallcrm restore FILE&apos; or from the File menu.</source>
        <translation>数据库已损坏（{detail}）；请用“smallcrm restore 备份文件”或“文件”菜单恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/migrations/__init__.py" line="53"/>
        <source>This file is an SQLite database of another program, not SmallCRM&apos;s.</source>
        <translation>这个文件是其他程序的 SQLite 数据库，不是 SmallCRM 的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/migrations/__init__.py" line="66"/>
        <source>This database was written by a newer SmallCRM (schema {found}, this app knows up to {known}); install the newer version to open it.</source>
        <translation>这个数据库由更新版本的 SmallCRM 写入（结构版本 {found}，本程序最高支持 {known}）；请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="181"/>
        <source>The setting {key} needs a {type} value.</source>
        <translation>设置项 {key} 需要 {type} 类型的值。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="192"/>
        <source>The currency is a three-letter code such as CNY, not {value}.</source>
        <translation>货币应是 CNY 这样的三个字母代码，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="205"/>
        <source>There is no setting called {key}.</source>
        <translation>没有名为 {key} 的设置项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis.py" line="151"/>
        <source>The setting {key} must be between {lo} and {hi}, not {value}.</source>
        <translation>设置 {key} 应在 {lo} 到 {hi} 之间，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis.py" line="161"/>
        <source>A customer must be at risk before being lost: check the churn settings (lost below at-risk, lost days above at-risk days).</source>
        <translation>客户要先“有流失风险”才会“已流失”：请检查流失设置（已流失的比例要低于有流失风险的，已流失的天数要多于有流失风险的）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="126"/>
        <source>{value} is outside the years the lunar calendar covers ({first}-{last}).</source>
        <translation>{value} 超出了农历能换算的年份（{first}-{last}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="143"/>
        <source>There is no festival called {key} (known: {known}).</source>
        <translation>没有叫 {key} 的节日（已有：{known}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="208"/>
        <source>A festival needs a name.</source>
        <translation>节日需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="211"/>
        <source>A festival needs a date.</source>
        <translation>节日需要一个日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="215"/>
        <source>{value}: festivals fall in the ordinary month, not a leap month.</source>
        <translation>{value}：节日只在正常月份，不在闰月。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/festivals.py" line="226"/>
        <source>There is no festival with id {id}.</source>
        <translation>没有编号为 {id} 的节日。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/groups.py" line="52"/>
        <source>{value} is not a group of customers; write all or tag:NAME.</source>
        <translation>{value} 不是一组客户；请写 all 或 tag:标签名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="196"/>
        <source>{name} is not a segment; segments are named like tier:high, rfm:champions, age:35_44, income:BAND, lifecycle:loyal, churn:at_risk or custom:NAME.</source>
        <translation>{name} 不是客户群；客户群的写法如 tier:high、rfm:champions、age:35_44、income:档次、lifecycle:loyal、churn:at_risk 或 custom:名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="258"/>
        <source>There is no segment dimension {name}.</source>
        <translation>没有叫 {name} 的分群维度。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="396"/>
        <source>The saved segment {name} uses itself, directly or through others.</source>
        <translation>已存的客户群 {name} 直接或间接地引用了自己。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="401"/>
        <source>{piece} is not a filter rule (all, any, not, segment, tag or field).</source>
        <translation>{piece} 不是筛选规则（all、any、not、segment、tag 或 field）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="407"/>
        <source>all and any need a list of rules.</source>
        <translation>all 和 any 后面要跟一组规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="434"/>
        <source>{op} is not a filter operator ({ops}).</source>
        <translation>{op} 不是筛选运算符（{ops}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="451"/>
        <source>Dates are compared with eq, gt, ge, lt or le.</source>
        <translation>日期只能用 eq、gt、ge、lt 或 le 比较。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="457"/>
        <source>There is no customer field {field} to filter on.</source>
        <translation>没有可以用来筛选的客户字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="464"/>
        <source>The rule on {field} needs a value.</source>
        <translation>{field} 的规则需要一个值。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="496"/>
        <source>A saved segment needs a name of 1 to {max} characters.</source>
        <translation>已存的客户群需要一个 1 到 {max} 个字的名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="507"/>
        <source>The segment&apos;s filter is not valid JSON: {reason}.</source>
        <translation>客户群的筛选条件不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/segments.py" line="515"/>
        <location filename="../../smallcrm/domain/segments.py" line="541"/>
        <location filename="../../smallcrm/domain/segments.py" line="581"/>
        <source>There is no saved segment called {name}.</source>
        <translation>没有叫 {name} 的已存客户群。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="67"/>
        <source>{value} is not a year.</source>
        <translation>{value} 不是年份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="142"/>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>请导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="250"/>
        <source>{value} is not an occasion for a mailing (known: {known}).</source>
        <translation>{value} 不是可用的寄送场合（可用：{known}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="299"/>
        <source>There is no mailing with id {id}.</source>
        <translation>没有编号为 {id} 的寄送。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="306"/>
        <source>The mailing {title} was already sent on {date}; start a new one.</source>
        <translation>寄送“{title}”已于 {date} 寄出，请新建一次寄送。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="388"/>
        <source>A mailing needs a title.</source>
        <translation>寄送需要一个标题。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="434"/>
        <source>The mailing {title} has nobody on it.</source>
        <translation>寄送“{title}”里没有收件人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing.py" line="592"/>
        <source>Save contacts to a file ending in .vcf.</source>
        <translation>通讯录请保存为 .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="43"/>
        <source>The folder to export to does not exist.</source>
        <translation>要导出到的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="44"/>
        <source>The export could not be written: {reason}.</source>
        <translation>导出文件写不进去：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="534"/>
        <source>{what} cannot be exported; choose customers, purchases, reminders or mailing.</source>
        <translation>{what} 不能导出；请选择客户、购买记录、提醒或邮寄名单。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="346"/>
        <source>{kind} is not a kind of import; use customers or purchases.</source>
        <translation>{kind} 不是导入类型；请用客户或购买记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="423"/>
        <source>There is no {kind} field {field} to map a column to.</source>
        <translation>{kind} 中没有可对应的字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="430"/>
        <source>Two columns are mapped to {field}; map one of them elsewhere.</source>
        <translation>有两列都对应到了 {field}；请把其中一列改到别处。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="267"/>
        <location filename="../../smallcrm/sheets/importer.py" line="478"/>
        <source>The spreadsheet has no rows with data.</source>
        <translation>表格里没有数据行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="463"/>
        <source>{value} is not a duplicate policy; use skip, fill, overwrite or keep.</source>
        <translation>{value} 不是重复处理方式；请用 skip（跳过）、fill（补全）、overwrite（覆盖）或 keep（都保留）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="503"/>
        <source>This file was already imported (import {batch}); undo that import first, or import it again on purpose with --force.</source>
        <translation>这个文件已经导入过了（第 {batch} 次导入）；请先撤销那次导入，或确实要再导入时加上 --force。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="555"/>
        <source>Row {row} is not among the first rows with data, so it cannot be the header.</source>
        <translation>第 {row} 行不在前几行有数据的行里，不能作为表头。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="578"/>
        <source>No column is mapped to the name or the phone, so no customer can be added.</source>
        <translation>没有哪一列对应姓名或电话，所以无法添加客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="586"/>
        <source>No column is mapped to the customer number or the phone, so purchases cannot be linked to customers.</source>
        <translation>没有哪一列对应客户编号或电话，所以购买记录无法对应到客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="596"/>
        <source>No column is mapped to {field}, which every purchase needs.</source>
        <translation>没有哪一列对应 {field}，而每条购买记录都需要它。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="846"/>
        <source>The customer number {value} belongs to a customer in the trash; restore them first.</source>
        <translation>客户编号 {value} 属于回收站里的一位客户；请先把他恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="981"/>
        <source>The customer number {value} is already in use; to keep both customers, give this row another number or none.</source>
        <translation>客户编号 {value} 已被使用；要两位都保留，请给这一行换个编号或不填。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1119"/>
        <source>A purchase needs a date and an amount.</source>
        <translation>购买记录需要日期和金额。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1143"/>
        <source>The row names no customer: give a customer number or a phone.</source>
        <translation>这一行没有指明客户：请填客户编号或电话。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1153"/>
        <source>No customer has this customer number or phone; add the customer first, or import with --create-missing.</source>
        <translation>没有客户用这个客户编号或电话；请先添加客户，或导入时加上 --create-missing。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1247"/>
        <source>There is no import with id {id}.</source>
        <translation>没有编号为 {id} 的导入。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1249"/>
        <source>Import {id} has already been undone.</source>
        <translation>第 {id} 次导入已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer.py" line="1334"/>
        <source>There is no file to take the rejected rows from.</source>
        <translation>没有可以取出未导入行的文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="128"/>
        <source>This file is not a spreadsheet SmallCRM can read; save it as .xlsx, .xls or .csv.</source>
        <translation>SmallCRM 读不了这个文件；请另存为 .xlsx、.xls 或 .csv。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="137"/>
        <source>The spreadsheet is damaged or incomplete; open it in Excel or WPS and save it again.</source>
        <translation>表格已损坏或不完整；请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="146"/>
        <source>The spreadsheet is password-protected; open it in Excel or WPS, remove the password and save it again.</source>
        <translation>表格设了密码；请用 Excel 或 WPS 打开，去掉密码后重新保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="154"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="178"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="180"/>
        <source>This is a folder, not a spreadsheet file.</source>
        <translation>这是一个文件夹，不是表格文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="183"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>文件读不了：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="195"/>
        <source>This file is a web page or XML saved with a spreadsheet&apos;s name; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>这个文件其实是网页或 XML，只是用了表格的文件名；请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="339"/>
        <source>There is no sheet called {sheet}; the sheets are: {names}.</source>
        <translation>没有叫 {sheet} 的工作表；现有的工作表：{names}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader.py" line="626"/>
        <source>The text file is neither UTF-8 nor GBK; save it from Excel as &apos;CSV UTF-8&apos; or as .xlsx.</source>
        <translation>这个文本文件既不是 UTF-8 也不是 GBK 编码；请在 Excel 里另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="125"/>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>无法打开打印机或文件进行输出。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="47"/>
        <source>The folder to save the PDF in does not exist.</source>
        <translation>要保存 PDF 的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="48"/>
        <source>The PDF could not be written: {reason}.</source>
        <translation>无法写入 PDF：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="278"/>
        <source>Skip from 0 to {last} labels: a {name} sheet has {count}.</source>
        <translation>可跳过 0 到 {last} 张标签：一张 {name} 共 {count} 张。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="286"/>
        <source>There is nobody to print labels for.</source>
        <translation>没有要打印标签的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="351"/>
        <source>There is nobody to print envelopes for.</source>
        <translation>没有要打印信封的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="491"/>
        <source>There is nobody to print greetings for.</source>
        <translation>没有要打印贺词的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="152"/>
        <source>There is no label sheet called {name} (known: {known}).</source>
        <translation>没有名为 {name} 的标签纸（可用：{known}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="168"/>
        <source>{field} must be more than 0 mm.</source>
        <translation>{field} 必须大于 0 毫米。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="171"/>
        <source>{field} must be from 1 to 40.</source>
        <translation>{field} 必须在 1 到 40 之间。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="173"/>
        <source>The margins cannot be negative.</source>
        <translation>边距不能为负数。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="178"/>
        <source>The pitch is smaller than the label: labels would overlap.</source>
        <translation>间距小于标签尺寸：标签会重叠。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="185"/>
        <source>The labels reach {right:.1f} x {bottom:.1f} mm, beyond the {width:g} x {height:g} mm page.</source>
        <translation>标签排到了 {right:.1f} × {bottom:.1f} 毫米，超出了 {width:g} × {height:g} 毫米的纸张。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="203"/>
        <source>{field} needs a number, not {value}.</source>
        <translation>{field} 需要填数字，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="209"/>
        <source>{field} needs a whole number, not {value}.</source>
        <translation>{field} 需要填整数，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="222"/>
        <source>A label sheet needs a name.</source>
        <translation>标签纸需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="259"/>
        <source>{name} is a built-in label sheet; choose another name.</source>
        <translation>{name} 是内置的标签纸，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="292"/>
        <source>There is no envelope size {name} (known: {known}).</source>
        <translation>没有 {name} 这种信封尺寸（可用：{known}）。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="89"/>
        <source>Welcome to SmallCRM</source>
        <translation>欢迎使用 SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="99"/>
        <source>SmallCRM keeps your customers in one place: who they are, how to reach them, their birthdays and what they bought. Your customer list is still empty.</source>
        <translation>SmallCRM 把客户资料集中在一处：客户是谁、怎么联系、什么时候过生日、买过什么。您的客户名单现在还是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="118"/>
        <source>Import a Spreadsheet…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="119"/>
        <source>Bring in the customers you keep in Excel or WPS: SmallCRM reads the columns it knows.</source>
        <translation>把您在 Excel 或 WPS 里记的客户导进来：SmallCRM 会识别它认得的列。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="122"/>
        <source>Explore with demo data</source>
        <translation>用演示数据体验一下</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="124"/>
        <source>To look around first, fill it with {count} made-up customers. They stay in this database, so use it for trying SmallCRM out, not for your real customers.</source>
        <translation>想先熟悉一下，可以填入 {count} 位虚构的演示客户。它们会一直留在这个数据库里，所以这个数据库只适合试用，不要再录入真实客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="129"/>
        <source>Add a Customer…</source>
        <translation>添加客户…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="129"/>
        <source>Start with your first customer; a name or a phone number is enough.</source>
        <translation>从第一位客户开始；有姓名或电话就够了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/main_window.py" line="140"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
</TS>
