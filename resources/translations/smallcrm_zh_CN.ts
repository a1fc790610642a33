<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="109"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="207"/>
        <source>About SmallCRM</source>
        <translation>关于 SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="222"/>
        <source>Customers, purchases and reminders for a small shop.</source>
        <translation>小店的客户、消费记录和回访提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="225"/>
        <source>SmallCRM is free software under the MIT licence. Python %1, Qt %2, PySide6 %3.</source>
        <translation>SmallCRM 是自由软件，采用 MIT 许可证。Python %1，Qt %2，PySide6 %3。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="233"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="234"/>
        <source>Built with</source>
        <translation>使用的组件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="245"/>
        <source>Qt is used under the GNU LGPL version 3: its libraries are separate files in the installation folder and can be replaced with other builds of the same version.</source>
        <translation>Qt 按 GNU LGPL 第 3 版使用：它的库是安装文件夹里的独立文件，可以换成同一版本的其他构建。</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../smallcrm/ui/models/analysis_charts.py" line="90"/>
        <source>Per responsible staff member over the period: new and lost customers, customers moving up or down a profit tier, the monthly churn rate (lost ÷ customers at the months&apos; starts), the average satisfaction score and complaints.</source>
        <translation>按负责员工统计所选期间:新增与流失客户、利润分层升级或降级的客户、月流失率(流失客户 ÷ 各月初的客户数)、平均满意度和投诉。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/analysis_charts.py" line="99"/>
        <source>Sales at the counter in the month, per staff member who made them: sales are what was paid, less what returns paid back (in the month the goods came back); gross profit is sales less the cost of the goods. Walk-in sales count for the staff member; voided sales count nowhere. New customers: their first purchase ever was a sale by that staff member this month. Commission: the shop&apos;s rules, a percentage of sales or of gross profit, the most particular rule deciding each line.</source>
        <translation>本月收银台的销售，按经手的员工统计：销售额是实收金额，减去退货退回的钱（计在退货当月）；毛利是销售额减去商品成本。散客销售也算在经手员工名下；作废的销售不计入任何地方。新客户：有史以来第一次购买就是该员工本月做成的销售。提成：按本店的规则，取销售额或毛利的百分比，每一行按最具体的那条规则计算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/analysis_charts.py" line="110"/>
        <source>Each row is the customers whose first purchase day fell in that month (how many, in brackets); each cell the share of them who bought again that many months later. Column 0 is always 100 %.</source>
        <translation>每一行是首个购买日在该月的客户（括号里是人数）；每一格是其中过了相应月数又来购买的比例。第 0 列总是 100%。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/analysis_charts.py" line="119"/>
        <source>The line is the average of the satisfaction scores (1 to 5 stars) recorded with the month&apos;s contacts (visits, calls, messages, feedback, complaints); the bars count the scores. A month with few scores can swing on one unhappy customer: click its bar to see who gave them.</source>
        <translation>折线是当月联系记录（到店、电话、消息、反馈、投诉）里满意度评分（1 到 5 星）的平均值；柱子是评分的次数。评分少的月份，一位不满意的客户就能让平均分大起大落：点一下柱子，就能看到是哪些客户打的分。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="122"/>
        <source>Segments</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="123"/>
        <source>New and lost customers</source>
        <translation>新增与流失客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="124"/>
        <source>Why customers left</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="125"/>
        <source>Profit 80/20</source>
        <translation>利润二八分布</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="126"/>
        <source>Moves between profit tiers</source>
        <translation>利润分层升降</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="127"/>
        <source>Cohort retention</source>
        <translation>按首购月份的留存</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="128"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="515"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="129"/>
        <source>Per staff member</source>
        <translation>按负责员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="130"/>
        <source>Staff results</source>
        <translation>员工业绩</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="144"/>
        <source>&amp;By:</source>
        <translation>分类(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="147"/>
        <source>Profit tier</source>
        <translation>利润分层</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="148"/>
        <source>RFM group</source>
        <translation>RFM 分组</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="149"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="150"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="151"/>
        <source>Lifecycle stage</source>
        <translation>客户发展阶段</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="152"/>
        <source>Churn status</source>
        <translation>流失状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="161"/>
        <source>Last %1 months</source>
        <translation>最近 %1 个月</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="164"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="171"/>
        <source>Analyse the shop as it was on this day (purchases after it are left out)</source>
        <translation>按这一天的情况分析(之后的购买不计入)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="173"/>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="176"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="183"/>
        <source>The month whose sales the staff results add up</source>
        <translation>员工业绩统计的月份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="188"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="189"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="535"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="576"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="633"/>
        <source>No staff member</source>
        <translation>无负责员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="190"/>
        <source>Only the customers this staff member is responsible for</source>
        <translation>只看这位员工负责的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="193"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="195"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="196"/>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>把图表保存为 PNG 图片或 PDF 文档</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="198"/>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="199"/>
        <source>Copy the chart as a picture, to paste into a message or document</source>
        <translation>把图表复制为图片,可粘贴到消息或文档中</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="227"/>
        <source>Working out the figures…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="272"/>
        <source>Commission R&amp;ules…</source>
        <translation>提成规则(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="273"/>
        <source>A percentage of sales or of gross profit per staff member or category</source>
        <translation>按员工或分类，取销售额或毛利的百分比</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="295"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="369"/>
        <source>Click a bar or a cell to list its customers.</source>
        <translation>点击柱形或格子,即可列出其中的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="363"/>
        <source>Double-click a row to list its customers.</source>
        <translation>双击一行即可列出其中的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="366"/>
        <source>Click a bar or double-click a row to see its sales; double-click the customers to list them.</source>
        <translation>单击柱形或双击一行可查看对应的销售；双击客户数可列出这些客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="437"/>
        <source>The figures could not be worked out.</source>
        <translation>无法完成计算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="507"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="555"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="508"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="560"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="637"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="509"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="510"/>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="511"/>
        <source>Churn / month</source>
        <translation>月流失率</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="512"/>
        <source>Upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="513"/>
        <source>Downgraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="514"/>
        <source>Avg. profit</source>
        <translation>平均利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="516"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="517"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="556"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="557"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="558"/>
        <source>Number of sales</source>
        <translation>销售笔数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="559"/>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="561"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="637"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="562"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="563"/>
        <source>Paid back</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="564"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="568"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="591"/>
        <source>%1 (%2 to %3). Commission rules: %4.</source>
        <translation>%1（%2 至 %3）。提成规则：%4。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="594"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="638"/>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="690"/>
        <source>%1 — customers served: %2. Click to see the sales.</source>
        <translation>%1 — 服务客户：%2 位。单击查看销售。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="693"/>
        <source>%1 — customers: %2. Click to list them.</source>
        <translation>%1 — 客户数:%2。点击即可列出这些客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="704"/>
        <source>%1: %2</source>
        <comment>chart and the bar clicked in it</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="722"/>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="733"/>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="724"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/analysis_view.py" line="734"/>
        <source>The chart could not be saved to %1: %2</source>
        <translation>图表无法保存到 %1:%2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="121"/>
        <location filename="../../smallcrm/ui/shell/app.py" line="418"/>
        <location filename="../../smallcrm/ui/shell/app.py" line="445"/>
        <location filename="../../smallcrm/ui/shell/changes.py" line="91"/>
        <location filename="../../smallcrm/ui/shell/changes.py" line="103"/>
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="194"/>
        <source>SmallCRM: unexpected error</source>
        <translation>SmallCRM：意外错误</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="196"/>
        <source>Something went wrong inside SmallCRM. This is a fault in the program, not something you did.</source>
        <translation>SmallCRM 内部出了问题。这是程序本身的毛病，不是您操作有误。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="201"/>
        <source>The technical details were written to {file}. You can keep working; if it happens again, please send that file to whoever looks after your SmallCRM.</source>
        <translation>技术细节已写入 {file}。您可以继续使用；如果再次出现，请把这个文件发给帮您维护 SmallCRM 的人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="349"/>
        <location filename="../../smallcrm/ui/shell/app.py" line="363"/>
        <location filename="../../smallcrm/ui/shell/app.py" line="403"/>
        <source>SmallCRM cannot open the database</source>
        <translation>SmallCRM 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="365"/>
        <source>The database is missing, but a copy of the shop from before a restore is beside it:</source>
        <translation>数据库文件不见了，但旁边有一份恢复备份之前留下的店铺副本：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="372"/>
        <source>Put it back to carry on with that shop. To start an empty shop instead, quit and move that file to another folder first.</source>
        <translation>放回去即可继续使用那个店铺的资料。如果想从一个空店铺重新开始，请先退出，把那个文件移到别的文件夹。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="378"/>
        <source>Put It Back</source>
        <translation>放回去</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="379"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="404"/>
        <source>The folder %1 does not exist: check the database path you gave (--db or SMALLCRM_DB).</source>
        <translation>文件夹 %1 不存在：请检查给出的数据库路径（--db 或 SMALLCRM_DB）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="419"/>
        <source>SmallCRM is already open on this database in another window, but it does not answer.</source>
        <translation>SmallCRM 已在另一个窗口打开了这个数据库，但它没有响应。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/app.py" line="446"/>
        <source>This build of SmallCRM has no demo data.</source>
        <translation>这个版本的 SmallCRM 不含演示数据。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/changes.py" line="105"/>
        <source>Nothing was changed; what you entered is still here.</source>
        <translation>什么都没有改动，您输入的内容还在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/changes.py" line="106"/>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>AssignStaffDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/assign_dialog.py" line="29"/>
        <source>Assign Staff</source>
        <translation>指定负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/assign_dialog.py" line="31"/>
        <source>Staff member responsible for the selected customers (%1):</source>
        <translation>负责选中客户（%1 位）的店员：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/assign_dialog.py" line="40"/>
        <source>&amp;Keep their open reminders with the staff member who has them now</source>
        <translation>未完成的提醒仍留给现在负责的店员(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/assign_dialog.py" line="59"/>
        <source>Their open reminders and follow-ups stay with whoever has them now.</source>
        <translation>这些客户未完成的提醒和回访仍由现在负责的人处理。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/assign_dialog.py" line="61"/>
        <source>Their open reminders and follow-ups move to the new staff member along with them.</source>
        <translation>这些客户未完成的提醒和回访随客户一起交给新的店员。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="45"/>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="49"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="52"/>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="68"/>
        <location filename="../../smallcrm/ui/shell/backups.py" line="77"/>
        <location filename="../../smallcrm/ui/shell/backups.py" line="82"/>
        <location filename="../../smallcrm/ui/shell/backups.py" line="117"/>
        <location filename="../../smallcrm/ui/shell/backups.py" line="128"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="70"/>
        <source>SmallCRM databases (*.db);;All files (*)</source>
        <translation>SmallCRM 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="77"/>
        <source>Please wait until the current task has finished.</source>
        <translation>请等当前的任务完成。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="83"/>
        <source>Replace all customers in SmallCRM with the ones in this backup?</source>
        <translation>要用这个备份里的客户替换 SmallCRM 中现有的全部客户吗？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="86"/>
        <source>The database as it is now is kept beside it as a separate file, so nothing is lost; the backup&apos;s customers replace what you see.</source>
        <translation>现在的数据库会另存为一个文件放在旁边，不会丢失；您看到的客户将换成备份里的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="90"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="109"/>
        <source>Restoring…</source>
        <translation>正在恢复……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/backups.py" line="124"/>
        <source>Restored. The database as it was is kept as %1</source>
        <translation>已恢复。原来的数据库另存为 %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../smallcrm/ui/widgets/banner.py" line="24"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Birthday</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="42"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="44"/>
        <source>%1 (age %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="54"/>
        <source>%1, today</source>
        <translation>%1，就是今天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="56"/>
        <source>%1, tomorrow</source>
        <translation>%1，明天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="58"/>
        <source>%1, in %2 days</source>
        <translation>%1，还有 %2 天</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="95"/>
        <source>Working on %1 customers…</source>
        <translation>正在处理 %1 位客户…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="113"/>
        <source>Moved to the trash: %1. Ctrl+Z brings them back.</source>
        <translation>已移到回收站：%1。按 Ctrl+Z 可以找回。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="124"/>
        <source>Back from the trash: %1.</source>
        <translation>已从回收站找回：%1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="130"/>
        <source>Tag</source>
        <translation>加标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="131"/>
        <source>Tag for the selected customers (%1):</source>
        <translation>给选中的客户（%1 位）加的标签：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="134"/>
        <source>Customers tagged: %1.</source>
        <translation>已加标签的客户：%1 位。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="139"/>
        <source>Remove Tag</source>
        <translation>去掉标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="140"/>
        <source>Tag to take off the selected customers (%1):</source>
        <translation>要从选中的客户（%1 位）去掉的标签：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="143"/>
        <source>Tag taken off customers: %1.</source>
        <translation>已去掉标签的客户：%1 位。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="145"/>
        <source>No customer has a tag yet.</source>
        <translation>还没有客户有标签。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="162"/>
        <source>%1 took over %2 customers.</source>
        <translation>%1 接手了 %2 位客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="165"/>
        <source>%1 open reminders and follow-ups stay with whoever had them.</source>
        <translation>%1 条未完成的提醒和回访仍由原来的人处理。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="168"/>
        <source>%1 open reminders and follow-ups went with the customers.</source>
        <translation>%1 条未完成的提醒和回访随客户一起转交。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="183"/>
        <source>Mail Consent</source>
        <translation>邮寄同意</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="185"/>
        <source>May the selected customers (%1) receive greeting cards and letters by post?</source>
        <translation>选中的 %1 位客户是否同意接收邮寄的贺卡和信件？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="189"/>
        <source>Mailings include only the customers who may receive mail.</source>
        <translation>贺卡寄送只包括同意邮寄的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="190"/>
        <source>May Receive Mail</source>
        <translation>同意邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="191"/>
        <source>May Not Receive Mail</source>
        <translation>不同意邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="200"/>
        <source>May receive mail: %1 changed.</source>
        <translation>已改为同意邮寄：%1 位客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="200"/>
        <source>May not receive mail: %1 changed.</source>
        <translation>已改为不同意邮寄：%1 位客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="248"/>
        <source>Follow-up reminders created: %1.</source>
        <translation>已建回访提醒：%1 条。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="269"/>
        <source>Exported %1 customers to %2</source>
        <translation>已导出 %1 位客户到 %2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="271"/>
        <source>Export Customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="275"/>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../smallcrm/cli/__init__.py" line="47"/>
        <source>Interrupted; nothing was changed by the unfinished command.</source>
        <translation>已中断；未完成的命令没有改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/__init__.py" line="48"/>
        <source>Internal error ({error}); details were written to {log}.</source>
        <translation>内部错误（{error}）；详细信息已写入 {log}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/database.py" line="28"/>
        <source>Created a new, empty database at {path}.</source>
        <translation>已在 {path} 新建了一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/common.py" line="25"/>
        <source>{value!r} is not an id: ids are whole numbers written with the digits 0-9</source>
        <translation>{value!r} 不是编号：编号是用数字 0-9 写的整数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/common.py" line="26"/>
        <source>{value} is too large to be an id</source>
        <translation>{value} 太大，不可能是编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/common.py" line="27"/>
        <source>--ids needs ids separated by commas, such as 3,5,8, not {value!r}</source>
        <translation>--ids 需要用逗号分隔的编号，例如 3,5,8，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/common.py" line="28"/>
        <source>{value!r} is not a whole number written with the digits 0-9</source>
        <translation>{value!r} 不是用数字 0-9 写的整数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/common.py" line="29"/>
        <source>{value} is too small: the smallest is {low}</source>
        <translation>{value} 太小：最小是 {low}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/common.py" line="30"/>
        <source>{value} is too large: the largest is {high}</source>
        <translation>{value} 太大：最大是 {high}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/common.py" line="31"/>
        <source>{option} is not valid JSON: {reason}</source>
        <translation>{option} 不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/common.py" line="32"/>
        <source>{option} nests deeper than {depth} levels</source>
        <translation>{option} 的嵌套超过了 {depth} 层</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/__init__.py" line="53"/>
        <source>{option} is for the window; it does not go with a command</source>
        <translation>{option} 是窗口的选项，不能和命令一起用</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/__init__.py" line="54"/>
        <source>{value} holds a NUL character, which no value or file name may hold</source>
        <translation>{value} 含有 NUL 字符，任何值或文件名都不能含有它</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/__init__.py" line="55"/>
        <source>{value} is not text in the terminal&apos;s encoding (set it to UTF-8, or type the argument again)</source>
        <translation>{value} 不是终端编码下的文字（请把终端设为 UTF-8，或重新输入这个参数）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="31"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="32"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="33"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="34"/>
        <source>show this help message and exit</source>
        <translation>显示这份帮助后退出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="35"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序的版本号后退出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="128"/>
        <source>database file to use</source>
        <translation>要使用的数据库文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="134"/>
        <source>print one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="199"/>
        <source>SmallCRM: customers, purchases, reminders for a small shop. Without a command, opens the window.</source>
        <translation>SmallCRM：小店的客户、消费记录和回访提醒。不带命令时打开窗口。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="146"/>
        <source>database file (default: $SMALLCRM_DB or the app-data folder)</source>
        <translation>数据库文件（默认：$SMALLCRM_DB，或应用数据文件夹里的那个）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="149"/>
        <source>print one JSON object on stdout</source>
        <translation>在标准输出上输出一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="154"/>
        <source>language of the window and of the command line (default: $SMALLCRM_LANG, then the shop&apos;s setting for the window, then the system&apos;s)</source>
        <translation>窗口和命令行的语言（默认：先看 $SMALLCRM_LANG，窗口再看店铺设置，最后用系统的语言）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="165"/>
        <source>window options</source>
        <translation>窗口选项</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="166"/>
        <source>Without a command, smallcrm opens the window; these options go with it.</source>
        <translation>不带命令时 smallcrm 会打开窗口；下面这些选项用于窗口。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="172"/>
        <source>if the database has no customers, fill it with demo customers</source>
        <translation>如果数据库里还没有客户，就填入演示客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="178"/>
        <source>check this installation: demo data in a scratch database, the window offscreen, a chart and a label page as PDF, the translations; prints &apos;self-test ok&apos; and exits 0 when all is well</source>
        <translation>检查这份安装：在临时数据库里生成演示数据、在后台打开窗口、生成一张图表和一页标签 PDF、检查翻译；一切正常时输出“self-test ok”并以 0 退出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/parser.py" line="188"/>
        <source>exit as soon as the window has been shown (benchmarks); a problem is printed instead of shown</source>
        <translation>窗口一显示出来就退出（用于性能测试）；出了问题时输出文字，而不弹出对话框</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="16"/>
        <source>Conventions: a transaction is a calendar day with at least one purchase of a positive amount (several purchases on one day count once); the first purchase day is not a repeat; everything up to and including --as-of is calibration data; x = repeat purchase days, t_x = days from the first to the last purchase day, T = days from the first purchase day to --as-of; monetary value = mean spend per repeat purchase day. Time unit: days (alpha is in days); money: cents (fen).</source>
        <translation>约定：一次交易指至少有一笔正金额消费的一个日历日（同一天多笔消费只算一次）；首次消费的那一天不算回购；--as-of 当天及之前的数据都是校准数据；x = 回购天数，t_x = 从首次到最后一次消费日的天数，T = 从首次消费日到 --as-of 的天数；消费金额 = 每个回购日的平均花费。时间单位：天（alpha 以天计）；金额单位：分。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="25"/>
        <source>Count customers in every segment: profit tiers over the analysis window (revenue - cost of goods - the service cost setting per contact), RFM groups (quintile scores), age bands, income bands, lifecycle stages and churn status, with each segment&apos;s profit and share of profit. Segment names (tier:high, rfm:champions, age:35_44, income:BAND, lifecycle:loyal, churn:at_risk, custom:NAME) work with &apos;segment show&apos;. </source>
        <translation>统计每个客户细分的人数：分析期内的利润分层（收入 - 商品成本 - 每次联系的服务成本设置）、RFM 分组（五分位评分）、年龄段、收入段、客户发展阶段和流失状态，并给出每个细分的利润及其占总利润的比例。细分名称（tier:high、rfm:champions、age:35_44、income:BAND、lifecycle:loyal、churn:at_risk、custom:NAME）可用于“segment show”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="33"/>
        <source>Fit the BG/NBD purchase model (Fader, Hardie &amp; Lee 2005) and the Gamma-Gamma spend model by maximum likelihood and print their parameters; with --customers, every customer&apos;s x, t_x, T, P(alive), expected purchase days in the next --days days and lifetime value (expected spend over the clv_months setting, discounted at the clv_discount_percent setting). With too little history the model is not fitted and simple rules are used (basis: rule). </source>
        <translation>用最大似然法拟合 BG/NBD 购买模型（Fader、Hardie 和 Lee，2005）和 Gamma-Gamma 消费模型，并输出它们的参数；加上 --customers 时，还输出每位客户的 x、t_x、T、P(alive)、今后 --days 天内预计的消费天数和客户终身价值（按 clv_months 设置的月数计算的预计消费，按 clv_discount_percent 设置折现）。历史数据太少时不拟合模型，改用简单规则（basis: rule）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="46"/>
        <source>analyse as of this day, inclusive (default: today)</source>
        <translation>按截至这一天（含当天）的情况分析（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="50"/>
        <source>Show the customers of one segment; save, list or delete custom segments.</source>
        <translation>显示某个细分的客户；保存、列出或删除自定义细分。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="64"/>
        <source>The customers in a segment (ids, ascending).</source>
        <translation>某个细分里的客户（编号，从小到大）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="68"/>
        <source>tier:high, rfm:champions, age:35_44, income:BAND, lifecycle:loyal, churn:at_risk, ...</source>
        <translation>tier:high、rfm:champions、age:35_44、income:BAND、lifecycle:loyal、churn:at_risk 等</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="81"/>
        <source>Save a custom segment: a named filter, JSON such as {&quot;all&quot;: [{&quot;segment&quot;: &quot;tier:high&quot;}, {&quot;field&quot;: &quot;city&quot;, &quot;op&quot;: &quot;eq&quot;, &quot;value&quot;: &quot;成都市&quot;}, {&quot;tag&quot;: &quot;VIP&quot;}]} (rules: all, any, not, segment, tag, field with op eq, ne, contains, startswith, in, gt, ge, lt, le, empty, not_empty). Use it as custom:NAME.</source>
        <translation>保存一个自定义细分：一个有名字的筛选条件，用 JSON 写，例如 {&quot;all&quot;: [{&quot;segment&quot;: &quot;tier:high&quot;}, {&quot;field&quot;: &quot;city&quot;, &quot;op&quot;: &quot;eq&quot;, &quot;value&quot;: &quot;成都市&quot;}, {&quot;tag&quot;: &quot;VIP&quot;}]}（规则：all、any、not、segment、tag，以及 field 配合 op：eq、ne、contains、startswith、in、gt、ge、lt、le、empty、not_empty）。之后用 custom:名称 来引用它。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="98"/>
        <source>The saved custom segments, with their customer counts.</source>
        <translation>已保存的自定义细分及其客户数。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="105"/>
        <source>Delete a saved custom segment.</source>
        <translation>删除一个已保存的自定义细分。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="116"/>
        <source>calibration data up to and including this day (default: today)</source>
        <translation>校准数据截至这一天（含当天；默认：今天）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="118"/>
        <source>also every customer&apos;s figures</source>
        <translation>同时输出每位客户的数据</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_analysis.py" line="124"/>
        <source>expected purchases in the next N days (90)</source>
        <translation>今后 N 天内的预计消费（90）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="19"/>
        <source>name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="20"/>
        <source>phone as typed; normalised for matching</source>
        <translation>电话，按输入原样保存；匹配时会统一格式</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="21"/>
        <source>second phone</source>
        <translation>第二个电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="22"/>
        <source>1985-03-02, 03-02 (no year) or 农历八月十五 / &apos;lunar 1990-01-08&apos;</source>
        <translation>1985-03-02、03-02（不带年份），或 农历八月十五 / “lunar 1990-01-08”</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="23"/>
        <source>M or F (男/女)</source>
        <translation>M 或 F（男/女）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="24"/>
        <source>name@example.com</source>
        <translation>name@example.com 这样的地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="25"/>
        <source>six digits for an address in China</source>
        <translation>中国地址为六位数字</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="26"/>
        <source>monthly income band: &lt;5千, 5千-1万, 1-2万 or 2万以上 (other words are kept, analysed as other)</source>
        <translation>月收入档：&lt;5千、5千-1万、1-2万 或 2万以上（其他写法照原样保留，分析时归入“其他”）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="29"/>
        <source>responsible staff member (name; created if new)</source>
        <translation>负责员工（姓名；没有的话会新建）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="30"/>
        <source>yes or no: may receive greeting cards</source>
        <translation>yes 或 no：是否可以寄贺卡</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="31"/>
        <source>comma-separated tags</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="32"/>
        <source>the shop&apos;s customer number (generated when absent)</source>
        <translation>店里的客户编号（不填则自动生成）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="42"/>
        <source>Add, show, edit, trash or restore a customer.</source>
        <translation>添加、查看、修改客户，或把客户移入回收站、从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="60"/>
        <source>Add a customer.</source>
        <translation>添加一位客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="66"/>
        <source>add even if the phone or number is in use</source>
        <translation>即使电话或编号已被使用也添加</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="71"/>
        <source>Everything about one customer.</source>
        <translation>一位客户的全部信息。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="81"/>
        <source>Change fields: --set FIELD=VALUE (repeatable).</source>
        <translation>修改字段：--set 字段=值（可重复）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="97"/>
        <source>Tag customers (or --remove the tag).</source>
        <translation>给客户加标签（或用 --remove 去掉标签）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="110"/>
        <source>Make a staff member responsible for customers; their open reminders and follow-ups go along.</source>
        <translation>让一位店员负责这些客户；他们未完成的提醒和回访一并转过去。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="115"/>
        <source>the customers (or --from-staff)</source>
        <translation>这些客户（或用 --from-staff）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="119"/>
        <source>who takes them over: staff name (created if new) or id</source>
        <translation>接手的人：店员姓名（新名字会自动添加）或编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="124"/>
        <source>every customer (not in the trash) this staff member (name or id) has, instead of IDs</source>
        <translation>这位店员（姓名或编号）负责的全部客户（不含回收站），代替 ID</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="131"/>
        <source>leave the open reminders and follow-ups with the staff member who has them now</source>
        <translation>未完成的提醒和回访留在现在负责它们的店员那里</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="141"/>
        <source>Record whether customers may receive mail (greeting cards): --mail yes grants it, --mail no withdraws it. Choose the customers by id, or with --tag, --staff or --segment (all given choices must hold), or --all. Each change is in the customers&apos; history; one transaction.</source>
        <translation>记录客户是否同意接收邮寄（贺卡）：--mail yes 表示同意，--mail no 表示撤回。按编号选择客户，或用 --tag、--staff、--segment（给出的条件须同时满足），或 --all。每处改动都记入客户的历史；在一个事务中完成。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="154"/>
        <source>yes: may receive mail; no: may not</source>
        <translation>yes：可以邮寄；no：不可以</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="156"/>
        <source>the customers with this tag</source>
        <translation>带这个标签的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="158"/>
        <source>the customers this staff member (name or id) is responsible for</source>
        <translation>这位店员（姓名或编号）负责的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="161"/>
        <source>the customers of this segment (see &apos;segments&apos;)</source>
        <translation>这个细分里的客户（见 &apos;segments&apos;）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="163"/>
        <source>every customer (not in the trash)</source>
        <translation>全部客户（不含回收站）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="52"/>
        <source>List the customers in the trash.</source>
        <translation>列出回收站里的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="172"/>
        <source>List likely duplicate customers, strongest first.</source>
        <translation>列出可能重复的客户，最可能的排在前面。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="183"/>
        <source>Merge OTHER_ID into KEEP_ID (OTHER goes to the trash; undoable).</source>
        <translation>把 OTHER_ID 合并到 KEEP_ID（OTHER 移入回收站；可以撤销）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="193"/>
        <source>use OTHER&apos;s value for this field (repeatable); phone2=phone puts OTHER&apos;s phone into the second phone</source>
        <translation>这个字段用 OTHER 的值（可重复）；phone2=phone 表示把 OTHER 的电话放进第二个电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="201"/>
        <source>merge even when the two share no phone, customer number, or name with the same birthday or address</source>
        <translation>即使两人没有相同的电话、客户编号，也没有同名且同生日或同地址，也要合并</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="213"/>
        <source>Remember that two customers are different people.</source>
        <translation>记住这两位客户是不同的人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="219"/>
        <source>list the pair as likely duplicates again</source>
        <translation>重新把这两位列为可能重复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="229"/>
        <source>Undo a merge (default: the most recent).</source>
        <translation>撤销一次合并（默认：最近的一次）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="35"/>
        <source>Move customers to the trash (restore brings them back).</source>
        <translation>把客户移入回收站（restore 可以恢复）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="36"/>
        <source>Bring customers back from the trash.</source>
        <translation>把客户从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_customers.py" line="37"/>
        <source>Delete customers in the trash for good, with their history.</source>
        <translation>彻底删除回收站里的客户及其全部记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="43"/>
        <source>Add realistic demo customers, purchases and reminders.</source>
        <translation>添加逼真的演示客户、消费记录和提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="51"/>
        <source>how many customers (default 2000)</source>
        <translation>客户数量（默认 2000）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="54"/>
        <source>the same seed gives the same customers</source>
        <translation>同样的种子生成同样的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="64"/>
        <source>Find customers by name, pinyin, phone digits, number or address.</source>
        <translation>按姓名、拼音、电话数字、编号或地址查找客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="29"/>
        <source>Counts of customers, purchases, interactions and open reminders.</source>
        <translation>客户、消费记录、往来记录和未完成提醒的数量。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="77"/>
        <source>Write a consistent copy of the database (safe while the app runs).</source>
        <translation>写出一份完整一致的数据库副本（程序运行时也可以做）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="82"/>
        <source>backup file to write (default: a dated file in the backups folder)</source>
        <translation>要写入的备份文件（默认：备份文件夹里一个带日期的文件）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="87"/>
        <source>automatic backup with rotation (7 dailies, 4 weeklies), copied to the second backup folder if set</source>
        <translation>自动备份并轮换（保留 7 个每日、4 个每周），设置了第二个备份文件夹时也复制一份到那里</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="99"/>
        <source>Replace the database with a backup after checking it; the current file is kept aside. Refused while another SmallCRM has the database open.</source>
        <translation>检查备份后用它替换数据库；当前文件另存一边。另一个 SmallCRM 打开着这个数据库时会拒绝。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="114"/>
        <source>Show shop settings, or change one with --set KEY=VALUE.</source>
        <translation>显示店铺设置，或用 --set 键=值 修改一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_data.py" line="126"/>
        <source>List staff members, or add one with --add NAME.</source>
        <translation>列出员工，或用 --add 姓名 添加一位。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="42"/>
        <source>Customers: {value}</source>
        <translation>客户：{value}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="43"/>
        <source>Customers in the trash: {value}</source>
        <translation>回收站里的客户：{value}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="44"/>
        <source>Purchases: {value}</source>
        <translation>消费记录：{value}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="45"/>
        <source>Interactions: {value}</source>
        <translation>往来记录：{value}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="46"/>
        <source>Open reminders: {value}</source>
        <translation>未完成的提醒：{value}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="47"/>
        <source>Open complaints: {value}</source>
        <translation>未解决的投诉：{value}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="48"/>
        <source>Revenue ({currency}): {value}</source>
        <translation>收入（{currency}）：{value}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="49"/>
        <source>Profit ({currency}): {value}</source>
        <translation>利润（{currency}）：{value}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="51"/>
        <source>Segments as of {day} (churn from {basis}):</source>
        <translation>截至 {day} 的客户细分（流失判断依据：{basis}）：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="53"/>
        <source>the purchase model</source>
        <translation>购买模型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="54"/>
        <source>the simple rules: too little history for the model</source>
        <translation>简单规则，因为历史数据太少，无法用模型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="56"/>
        <source>{label} {count}</source>
        <translation>{label} {count}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="57"/>
        <source>{month}: {new} new, {lost} lost{rate}, {upgraded} moved up a profit tier, {downgraded} moved down</source>
        <translation>{month}：新增 {new}，流失 {lost}{rate}，利润分层升级 {upgraded}，降级 {downgraded}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_data.py" line="60"/>
        <source> (churn rate {percent})</source>
        <translation>（流失率 {percent}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="22"/>
        <source>Recipients: every customer with mailing consent and a usable postal address who is not churned; --segment, --tag, --staff or --ids narrow that down.</source>
        <translation>收件人：所有同意邮寄、有可用邮寄地址且未流失的客户；--segment、--tag、--staff 或 --ids 可以缩小范围。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="32"/>
        <source>a segment: tier:high, rfm:champions, custom:NAME, ...</source>
        <translation>一个细分：tier:high、rfm:champions、custom:名称 等</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="34"/>
        <source>customers with this tag</source>
        <translation>有这个标签的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="38"/>
        <source>customers this staff member (name or id) is responsible for</source>
        <translation>这位员工（姓名或编号）负责的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="40"/>
        <source>only these customer ids</source>
        <translation>只要这些编号的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="46"/>
        <source>the recipients saved with this mailing instead</source>
        <translation>改用这次寄送保存的收件人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="48"/>
        <source>also churned customers</source>
        <translation>也包括已流失的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="49"/>
        <source>one per postal address</source>
        <translation>每个邮寄地址只寄一份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="66"/>
        <source>Print address labels to a PDF on a label sheet (Avery L7160, Avery 5160, A4 3x8, ...). </source>
        <translation>把地址标签打印成 PDF，排在标签纸上（Avery L7160、Avery 5160、A4 3x8 等）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="77"/>
        <source>the label sheet, as &apos;labels --list-templates&apos; names it</source>
        <translation>标签纸，名称与“labels --list-templates”列出的一致</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="84"/>
        <source>labels already used on the first sheet</source>
        <translation>第一张标签纸上已经用掉的标签数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="89"/>
        <source>draw the label edges (for a test on plain paper)</source>
        <translation>画出标签的边框（用普通纸试打时用）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="94"/>
        <source>list the label sheets and their geometry (mm)</source>
        <translation>列出各种标签纸及其尺寸（毫米）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="99"/>
        <source>save your own sheet, e.g. &apos;{&quot;name&quot;: &quot;Shop 3x7&quot;, &quot;paper&quot;: &quot;A4&quot;, &quot;rows&quot;: 7, &quot;columns&quot;: 3, &quot;label_width&quot;: 63.5, &quot;label_height&quot;: 38.1, &quot;top&quot;: 15, &quot;left&quot;: 7, &quot;pitch_x&quot;: 66, &quot;pitch_y&quot;: 38.1}&apos; (mm)</source>
        <translation>保存自己的标签纸，例如 &apos;{&quot;name&quot;: &quot;Shop 3x7&quot;, &quot;paper&quot;: &quot;A4&quot;, &quot;rows&quot;: 7, &quot;columns&quot;: 3, &quot;label_width&quot;: 63.5, &quot;label_height&quot;: 38.1, &quot;top&quot;: 15, &quot;left&quot;: 7, &quot;pitch_x&quot;: 66, &quot;pitch_y&quot;: 38.1}&apos;（单位：毫米）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="115"/>
        <source>Print envelopes to a PDF: Chinese addresses in the GB/T 1416 layout (postcode boxes top left, the shop bottom right), others in the Western layout. </source>
        <translation>把信封打印成 PDF：中国地址用 GB/T 1416 版式（邮编格在左上，寄件店铺在右下），其他地址用西式版式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="128"/>
        <source>do not draw the postcode boxes (pre-printed envelopes)</source>
        <translation>不画邮编格（信封上已经印好时用）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="140"/>
        <source>Write the mailing list: .xlsx or .csv for a print shop or a mail merge, .vcf contacts for a phone, .pdf a printed list with a tick column. </source>
        <translation>写出邮寄名单：.xlsx 或 .csv 给印刷店或邮件合并用，.vcf 是手机通讯录，.pdf 是带勾选栏的打印清单。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="158"/>
        <source>Start, list, show, edit, mark as sent or delete a greeting-card mailing (its saved list).</source>
        <translation>新建、列出、查看、编辑、标记已寄出或删除一次贺卡寄送（及其保存的名单）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="176"/>
        <source>Start a mailing and save its recipients. </source>
        <translation>新建一次寄送并保存收件人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="178"/>
        <source> A second mailing for the same round of cards (the same festival day, birthday month or title) is refused unless --again is given.</source>
        <translation>同一批贺卡（同一个节日、同一个生日月份或同一个标题）再建一次会被拒绝，除非加 --again。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="189"/>
        <source>spring_festival, mid_autumn, dragon_boat, birthday_month, custom:ID (your festival) or custom (see &apos;mailing occasions&apos;)</source>
        <translation>spring_festival、mid_autumn、dragon_boat、birthday_month、custom:编号（自己的节日）或 custom（见 &apos;mailing occasions&apos;）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="198"/>
        <source>default: the occasion and year, e.g. &apos;Spring Festival 2027&apos;</source>
        <translation>默认：场合加年份，例如“春节 2027”</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="203"/>
        <source>with --one-per-household: the card of a shared address goes to the family (张伟 全家)</source>
        <translation>配合 --one-per-household：同一地址的那张贺卡写给全家（张伟 全家）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="210"/>
        <source>start it even if one for the same cards exists</source>
        <translation>即使同一批贺卡已有寄送也再建一次</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="221"/>
        <source>Every mailing, newest first, with its number of recipients.</source>
        <translation>全部寄送，最新的在前，附收件人数。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="228"/>
        <source>The occasions a mailing can be started for.</source>
        <translation>可以为之新建寄送的场合。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="236"/>
        <source>A mailing and who gets a card (consent checked now).</source>
        <translation>一次寄送以及谁会收到贺卡（此刻重新核对同意情况）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="246"/>
        <source>Add customers to a mailing (those without consent or an address are not added).</source>
        <translation>把客户加入寄送（没有同意或没有地址的不会加入）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="248"/>
        <source>Take customers off a mailing.</source>
        <translation>把客户从寄送名单中移除。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="261"/>
        <source>The cards went out: log a greeting on every recipient and close the festival reminders they answer.</source>
        <translation>贺卡已寄出：为每位收件人记一条问候，并关闭它所回应的节日提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="268"/>
        <source>who sent them (name or id)</source>
        <translation>寄出的人（姓名或编号）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_mailing.py" line="275"/>
        <source>Delete a mailing; greetings already logged stay.</source>
        <translation>删除一次寄送；已记下的问候会保留。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="15"/>
        <source>pretend today is this date (for planning and tests)</source>
        <translation>假定今天是这一天（用于计划和测试）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="19"/>
        <source>Add, list, edit or delete purchases.</source>
        <translation>添加、列出、修改或删除消费记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="43"/>
        <source>Record a purchase (amounts like 1234.50 or ¥1,234.50).</source>
        <translation>记一笔消费（金额写成 1234.50 或 ¥1,234.50 都可以）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="47"/>
        <source>what the customer paid</source>
        <translation>客户付的钱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="48"/>
        <source>cost of goods, for profit</source>
        <translation>商品成本，用于计算利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="49"/>
        <source>default today</source>
        <translation>默认今天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="55"/>
        <source>goods brought back: --amount is the money paid back (stored as a negative amount)</source>
        <translation>退货：--amount 是退还的金额（存为负数）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="63"/>
        <source>A customer&apos;s purchases with totals.</source>
        <translation>一位客户的消费记录及合计。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="71"/>
        <source>Change a purchase: --set FIELD=VALUE (refund=yes marks a refund).</source>
        <translation>修改一笔消费：--set 字段=值（refund=yes 标为退货）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="77"/>
        <source>Delete a purchase.</source>
        <translation>删除一笔消费。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="25"/>
        <source>Log and list visits, calls, complaints, feedback.</source>
        <translation>记录和列出到店、电话、投诉和反馈。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="88"/>
        <source>Log an interaction with a customer.</source>
        <translation>记一条与客户的往来。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="95"/>
        <source>visit, call, message, complaint, feedback, greeting or note</source>
        <translation>visit（到店）、call（电话）、message（消息）、complaint（投诉）、feedback（反馈）、greeting（问候）或 note（备注）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="98"/>
        <source>1 to 5</source>
        <translation>1 到 5</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="99"/>
        <source>date and optional time, default now</source>
        <translation>日期，可带时间，默认现在</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="102"/>
        <source>A customer&apos;s interactions, newest first.</source>
        <translation>一位客户的往来记录，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="110"/>
        <source>Mark a complaint resolved.</source>
        <translation>把一条投诉标为已解决。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="118"/>
        <source>List reminders that are due.</source>
        <translation>列出到期的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="122"/>
        <source>only this customer&apos;s reminders</source>
        <translation>只看这位客户的提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="125"/>
        <source>only this kind: callback, birthday, festival, complaint, new_customer, ...</source>
        <translation>只看这一类：callback、birthday、festival、complaint、new_customer 等</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="127"/>
        <source>only this staff member&apos;s (id or name)</source>
        <translation>只看这位员工的（编号或姓名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="136"/>
        <source>Create a follow-up reminder for a customer.</source>
        <translation>为一位客户建一个回访提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="141"/>
        <source>due date, or tomorrow, next-week, +N (days)</source>
        <translation>到期日，或 tomorrow、next-week、+N（天）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="145"/>
        <source>repeat, e.g. --every 2 weeks</source>
        <translation>重复，例如 --every 2 weeks</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="32"/>
        <source>Done, snooze or dismiss a reminder.</source>
        <translation>完成、推迟或忽略一个提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="157"/>
        <source>Mark done; the outcome is logged on the customer.</source>
        <translation>标为完成；结果会记在客户名下。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="168"/>
        <source>Move a reminder to a later date.</source>
        <translation>把提醒推到以后的日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="172"/>
        <source>a date, or tomorrow, next-week, +N (days)</source>
        <translation>一个日期，或 tomorrow、next-week、+N（天）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_records.py" line="179"/>
        <source>Dismiss a reminder without doing it.</source>
        <translation>不做而直接忽略一个提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="34"/>
        <source>Make the reminders the rules call for today: birthdays, festival greetings, complaint follow-ups, new-customer check-ins, quiet customers. Safe to repeat: nothing is made twice.</source>
        <translation>按规则生成今天该有的提醒：生日、节日问候、投诉跟进、新客户回访、久未光顾的客户。可以放心重复运行：不会重复生成。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="50"/>
        <source>Festivals customers are greeted on, with their dates.</source>
        <translation>要问候客户的节日及其日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="52"/>
        <source>dates in this year (default: this year)</source>
        <translation>这一年里的日期（默认：今年）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="21"/>
        <source>Add, remove, or switch greetings on or off for your own festivals.</source>
        <translation>添加、删除自己的节日，或开关这些节日的问候。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="62"/>
        <source>Add a festival: --on 11-11, or --on 农历七月初七.</source>
        <translation>添加一个节日：--on 11-11，或 --on 农历七月初七。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="67"/>
        <source>the date every year: 11-11, 11月11日, 农历七月初七</source>
        <translation>每年的日期：11-11、11月11日、农历七月初七</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="70"/>
        <source>read --on as a lunar date (7-7 is 七月初七)</source>
        <translation>把 --on 当作农历日期（7-7 即七月初七）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="80"/>
        <source>Remove a festival you added.</source>
        <translation>删除一个自己添加的节日。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="89"/>
        <source>Greet customers on a festival you added.</source>
        <translation>在自己添加的节日问候客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_rules.py" line="98"/>
        <source>Stop greeting customers on a festival you added.</source>
        <translation>不再在自己添加的节日问候客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="14"/>
        <source>Import customers or purchases from .xlsx, .xlsm, .xls, .ods or .csv (UTF-8 or GBK). The header row is found below any title rows and columns are matched by their Chinese or English names (--map changes that). Outcome rules: a customer row with the same customer number, or the same phone, as a customer already in the database or an earlier row is a duplicate, counted as skipped by default (--on-duplicate skip); fill fills the customer&apos;s empty fields and overwrite replaces fields with the row&apos;s non-empty cells (counted as updated, or skipped if nothing changes); keep adds it as another customer. Blank rows count as nothing and summary rows (合计, 总计, 小计, Total) as skipped; neither is ever added. A row with neither name nor phone, or with an impossible value (a birthday of 1985年2月30日, an amount of &apos;abc&apos;, a phone in scientific notation), is rejected whole with its row number and reason. Purchases are linked by customer number, else phone; rows of unknown customers are rejected unless --create-missing. Identical purchase lines are separate purchases. A file already imported is refused unless --force. One address column (地址, 详细地址) without province, city or district columns is split into province, city, district, street and a postcode found in it; text that is not recognised stays whole in the street. --consent yes or no sets every imported customer&apos;s consent to be mailed (column: take it from the mapped column; default: the column if one is mapped, else no). The import is one transaction: interrupted or failed, it changes nothing; &apos;undo-import BATCH&apos; undoes it.</source>
        <translation>从 .xlsx、.xlsm、.xls、.ods 或 .csv（UTF-8 或 GBK）导入客户或消费记录。表头行会在标题行下面自动找到，各列按中文或英文列名对应（可用 --map 改）。处理规则：与数据库中已有客户或前面某一行的客户编号相同、或电话相同的客户行算作重复，默认计为跳过（--on-duplicate skip）；fill 补全客户的空白字段，overwrite 用这一行的非空单元格覆盖字段（计为更新，没有变化则计为跳过）；keep 把它作为另一位客户添加。空行不计，合计行（合计、总计、小计、Total）计为跳过；两者都不会被添加。既没有姓名也没有电话，或有不可能的值（生日 1985年2月30日、金额“abc”、科学计数法写的电话）的行，整行不导入，并给出行号和原因。消费记录按客户编号对应客户，没有编号时按电话；对应不到客户的行不导入，除非加 --create-missing。完全相同的消费行算作不同的消费。已经导入过的文件会被拒绝，除非加 --force。只有一个地址列（地址、详细地址）而没有省、市、区县列时，会拆分为省、市、区县、详细地址以及其中的邮编；认不出的文字原样留在详细地址里。--consent yes 或 no 设定每位导入客户是否同意邮寄（column：按对应的列；默认：对应了这一列就按列，否则为不同意）。整个导入是一个事务：被中断或失败时什么都不改变；“undo-import 批次号”可以撤销它。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="47"/>
        <source>what the file holds (default: guessed)</source>
        <translation>文件里是什么（默认：自动判断）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="56"/>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="52"/>
        <source>preview: report what would happen, change nothing</source>
        <translation>预览：报告会发生什么，但不做任何改动</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="58"/>
        <source>what to do with a row that duplicates a customer (default skip)</source>
        <translation>遇到与已有客户重复的行怎么办（默认 skip）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="63"/>
        <source>purchases: add customers that are not known yet</source>
        <translation>消费记录：添加还没有的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="19"/>
        <source>Import the catalogue from .xlsx, .xls, .ods or .csv: headers such as 商品名称/品名/名称, 条码/条形码, 单位, 售价/零售价/单价, 进价/成本价, 分类/类别 and 类型 (goods or service), or name, barcode, unit, price, cost, category and kind. A row matches a product by its barcode, else by its exact name; --on-duplicate says what happens then: skip (the default), fill the product&apos;s empty fields, overwrite them with the row&apos;s non-empty cells, or keep (add another product with the same name; a barcode belongs to one product only). A row with an impossible value (a price of &apos;abc&apos;, a barcode with other signs than digits and letters) is rejected whole with its row, column and reason. The import is one transaction; &apos;undo-import BATCH&apos; undoes it.</source>
        <translation>从 .xlsx、.xls、.ods 或 .csv 导入商品目录：表头可以是 商品名称/品名/名称、条码/条形码、单位、售价/零售价/单价、进价/成本价、分类/类别 和 类型（商品或服务），也可以是 name、barcode、unit、price、cost、category 和 kind。一行先按条码、再按完全相同的名称对应已有商品；对应上时怎么办由 --on-duplicate 决定：skip 跳过（默认），fill 补全商品的空字段，overwrite 用该行的非空单元格覆盖，keep 另外新增一个同名商品（条码只能属于一个商品）。含有不可能的值的行（如售价为“abc”、条码含有数字和字母以外的符号）整行拒绝，并给出行号、列和原因。整个导入是一个事务；用 &apos;undo-import 批次号&apos; 撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="43"/>
        <source>Import or export the catalogue of products and services.</source>
        <translation>导入或导出商品与服务目录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="62"/>
        <source>what to do with a row that matches a product (default skip)</source>
        <translation>某行对应上已有商品时怎么办（默认 skip）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="67"/>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="68"/>
        <source>write the rejected rows and their reasons to this file</source>
        <translation>把没导入的行及原因写到这个文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="70"/>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="71"/>
        <source>import a file whose content was imported before</source>
        <translation>导入内容已经导入过的文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="72"/>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="73"/>
        <source>the sheet to read (default: the first with data)</source>
        <translation>要读的工作表（默认：第一个有数据的）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="77"/>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="78"/>
        <source>the row holding the headers (default: found)</source>
        <translation>表头所在的行（默认：自动查找）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="87"/>
        <source>Export the catalogue to .xlsx or .csv (UTF-8 with BOM) in the columns &apos;product import&apos; reads back.</source>
        <translation>把商品目录导出为 .xlsx 或 .csv（带 BOM 的 UTF-8），列与 &apos;product import&apos; 读取的一致。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="96"/>
        <source>retired products too, with a status column</source>
        <translation>也导出已停售的商品，并加一列状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="83"/>
        <source>may the imported customers be mailed: yes or no for all of them, or from the mapped column (default: the column if one is mapped, else no)</source>
        <translation>导入的客户是否可以邮寄：全部 yes 或 no，或按对应的列（默认：对应了这一列就按列，否则为不同意）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="94"/>
        <source>map a column (its header or letter) to a field, &apos;note&apos; to keep it as notes or &apos;ignore&apos;; remembered for files with the same headers</source>
        <translation>把一列（用列名或列字母）对应到一个字段，写“note”作为备注保留，写“ignore”忽略；表头相同的文件会记住这个设置</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="108"/>
        <source>Undo an import: its rows removed, changed fields restored.</source>
        <translation>撤销一次导入：删掉导入的行，恢复被改动的字段。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="118"/>
        <source>The latest imports, newest first, with their batch numbers.</source>
        <translation>最近的导入及其批次号，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="129"/>
        <source>Export customers, purchases, open reminders or the mailing list to .xlsx or .csv (UTF-8 with BOM). Customer exports import back as the same customers.</source>
        <translation>把客户、消费记录、未完成的提醒或邮寄名单导出为 .xlsx 或 .csv（带 BOM 的 UTF-8）。导出的客户可以原样导回来。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="140"/>
        <source>only the customers of this segment (see &apos;segments&apos;)</source>
        <translation>只要这个细分里的客户（见“segments”）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="142"/>
        <source>only customers with this tag</source>
        <translation>只要有这个标签的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="144"/>
        <source>only customers the search box finds for TERM</source>
        <translation>只要搜索框搜 TERM 能找到的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="146"/>
        <source>only these customers</source>
        <translation>只要这些客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_catalogue.py" line="99"/>
        <location filename="../../smallcrm/cli/commands_sheets.py" line="148"/>
        <source>header language (default: the shop&apos;s)</source>
        <translation>表头语言（默认：店铺的语言）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_receipt.py" line="21"/>
        <source>Print a sale&apos;s receipt to a PDF as wide as the roll (58 or 80 mm) and as long as the receipt, or with --escpos straight to an ESC/POS receipt printer.</source>
        <translation>把一笔销售的小票打印成 PDF（宽度与纸卷相同，58 或 80 毫米，长度随内容），或用 --escpos 直接发送到 ESC/POS 小票打印机。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_receipt.py" line="28"/>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_receipt.py" line="33"/>
        <source>the roll&apos;s width in mm (default: the shop&apos;s setting, 58 unless changed)</source>
        <translation>纸卷宽度，单位毫米（默认：店铺设置，未改过则为 58）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_receipt.py" line="40"/>
        <source>also send it to an ESC/POS printer: usb:VID:PID, network:HOST[:PORT] or file:PATH (without a value: the shop&apos;s receipt printer)</source>
        <translation>同时发送到 ESC/POS 打印机：usb:VID:PID、network:主机[:端口] 或 file:路径（不写值：使用店铺设置的小票打印机）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_staff_results.py" line="22"/>
        <source>Each staff member&apos;s month at the counter: sales (returns taken off), gross profit, number of sales (walk-in sales included, returns and voided sales not), customers served, new customers won (their first purchase ever was a sale by that staff member that month), returns, and the commission the rules give; then the totals. Money in cents with --json.</source>
        <translation>每位员工一个月的收银业绩：销售额（已扣除退货）、毛利、销售笔数（含散客销售，不含退货和作废的销售）、服务的客户数、新拉来的客户数（客户有史以来第一次购买就是该员工当月做成的销售）、退货，以及按提成规则算出的提成；最后是合计。加 --json 时金额以分为单位。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_staff_results.py" line="31"/>
        <source>the month, such as 2026-11 (default: this month)</source>
        <translation>月份，例如 2026-11（默认：本月）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_staff_results.py" line="38"/>
        <source>List the commission rules, or set one with --percent and --of (a percentage of sales or of gross profit) for a staff member (--staff), a category (--category), or both; --remove removes one. The most particular rule decides each sale line.</source>
        <translation>列出提成规则，或用 --percent 和 --of 设置一条规则（按销售额或毛利的百分比），适用于某位员工（--staff）、某个分类（--category）或二者同时限定；--remove 删除一条规则。每一行销售按最具体的那条规则计算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_staff_results.py" line="47"/>
        <source>staff member (name or id; none: everyone)</source>
        <translation>员工（姓名或编号；不填：所有员工）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_staff_results.py" line="50"/>
        <source>category (none: every category)</source>
        <translation>分类（不填：所有分类）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_staff_results.py" line="52"/>
        <source>percentage, such as 5 or 2.5</source>
        <translation>百分比，例如 5 或 2.5</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_staff_results.py" line="53"/>
        <source>what the percentage is of</source>
        <translation>按什么计算百分比</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_staff_results.py" line="54"/>
        <source>remove the rule</source>
        <translation>删除这条规则</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="28"/>
        <source>Staff results {month} ({start} to {end})</source>
        <translation>员工业绩 {month}（{start} 至 {end}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="30"/>
        <source>sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="31"/>
        <source>profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="32"/>
        <source>receipts</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="33"/>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="34"/>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="35"/>
        <source>new</source>
        <translation>新客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="36"/>
        <source>returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="37"/>
        <source>paid back</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="38"/>
        <source>commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="41"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="42"/>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="43"/>
        <source>No commission rules.</source>
        <translation>没有提成规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="44"/>
        <source>Commission rules:</source>
        <translation>提成规则：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="45"/>
        <source>  {who}, {what}: {percent} % of {base}</source>
        <translation>  {who}，{what}：{base}的 {percent}%</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="46"/>
        <source>everyone</source>
        <translation>所有员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="47"/>
        <source>every category</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="78"/>
        <source>--remove takes no --percent or --of.</source>
        <translation>--remove 不能与 --percent 或 --of 同用。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_staff_results.py" line="80"/>
        <source>--percent and --of go together.</source>
        <translation>--percent 和 --of 必须一起给出。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="19"/>
        <source>the product&apos;s or service&apos;s name (商品名称)</source>
        <translation>商品或服务的名称（商品名称）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="20"/>
        <source>default price per unit in yuan, such as 68 or ¥1,234.50</source>
        <translation>每单位默认售价，单位元，如 68 或 ¥1,234.50</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="23"/>
        <source>cost per unit in yuan, for profit (a service&apos;s may be 0; &quot;&quot; or left out: not known)</source>
        <translation>每单位成本，单位元，用于计算利润（服务可以为 0；写 &quot;&quot; 或不写表示未知）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="27"/>
        <source>the unit it is sold by: 件, 斤, 盒, 次 ...</source>
        <translation>销售单位：件、斤、盒、次……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="28"/>
        <source>barcode, unique in the catalogue (&quot;&quot; clears it)</source>
        <translation>条码，商品目录中不能重复（写 &quot;&quot; 清除）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="29"/>
        <source>category (分类)</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="31"/>
        <source>goods (the default) or service (a haircut, a repair)</source>
        <translation>goods 商品（默认）或 service 服务（理发、维修等）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="40"/>
        <source>Record, show, list, return or void sales at the counter.</source>
        <translation>收银：记录、查看、列出销售单，退货或作废。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="55"/>
        <source>Add, edit, list, show or retire products and services.</source>
        <translation>添加、修改、列出、查看或下架商品和服务。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="68"/>
        <source>Add a product or service to the catalogue.</source>
        <translation>在商品目录中添加商品或服务。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="80"/>
        <source>Change a product&apos;s fields; sales already made keep their own prices and costs.</source>
        <translation>修改商品信息；已有的销售单保留当时的价格和成本。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="95"/>
        <source>The catalogue by category and name, or what --query finds.</source>
        <translation>按分类和名称列出商品目录，或列出 --query 找到的商品。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="98"/>
        <source>name, pinyin, initials or barcode, as at the counter</source>
        <translation>名称、拼音、首字母或条码，与收银台查找方式相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="100"/>
        <source>only this category</source>
        <translation>只列出这个分类</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="101"/>
        <source>retired products too</source>
        <translation>也列出已下架的商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="102"/>
        <location filename="../../smallcrm/cli/commands_counter.py" line="175"/>
        <source>at most this many</source>
        <translation>最多列出这么多</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="109"/>
        <source>One product, with how many sale lines name it.</source>
        <translation>查看一个商品，以及有多少销售行用到它。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="118"/>
        <source>Take a product off the counter (old sales keep it); --undo offers it again.</source>
        <translation>下架商品（旧销售单仍保留它）；加 --undo 重新上架。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="122"/>
        <source>offer a retired product again</source>
        <translation>把已下架的商品重新上架</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="131"/>
        <source>Record a sale in one go: all its lines or, if anything is wrong, nothing.</source>
        <translation>一次记录一笔销售：全部行一起保存；有任何错误则什么都不保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="135"/>
        <source>the customer (or --walk-in)</source>
        <translation>客户（或 --walk-in 散客）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="137"/>
        <source>a customer the shop does not know</source>
        <translation>店里不认识的散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="143"/>
        <source>one line (repeatable): a product&apos;s id (#12), barcode or exact name, or free text with its price (修拉链:1:15); the quantity defaults to 1 and the price to the product&apos;s</source>
        <translation>一行（可重复）：商品编号（#12）、条码或完整名称，或者带价格的自由文字（修拉链:1:15）；数量默认 1，价格默认为商品售价</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="150"/>
        <source>discount on the whole sale in yuan, spread over its lines</source>
        <translation>整单优惠，单位元，按比例分摊到各行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="156"/>
        <source>wechat, alipay, cash (the default), card or other</source>
        <translation>wechat 微信、alipay 支付宝、cash 现金（默认）、card 银行卡或 other 其他</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="158"/>
        <source>the staff member who made the sale</source>
        <translation>经手的店员</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="159"/>
        <source>a note on the sale</source>
        <translation>销售单备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="168"/>
        <source>One sale: its lines, money, returns, and whether it was voided.</source>
        <translation>查看一张销售单：各行、金额、退货，以及是否已作废。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="172"/>
        <source>Sales, newest first.</source>
        <translation>销售单，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="173"/>
        <source>only this day&apos;s sales</source>
        <translation>只列出这一天的销售单</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="174"/>
        <source>only this customer&apos;s</source>
        <translation>只列出这位客户的</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="184"/>
        <source>Take goods back: a return of its own, pointing at the sale&apos;s lines (the sale itself is never changed).</source>
        <translation>退货：另开一张退货单，指向原销售单的行（原销售单不会被修改）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="196"/>
        <source>a line of the sale coming back, and how much of it (repeatable; none: everything left)</source>
        <translation>要退的行及数量（可重复；不写则退回剩下的全部）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="200"/>
        <source>why the goods came back</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="207"/>
        <source>Void a sale recorded by mistake: it stays visible as voided and counts nowhere.</source>
        <translation>作废记错的销售单：它仍然可见，标为已作废，不计入任何统计。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/commands_counter.py" line="211"/>
        <source>why it is voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="19"/>
        <source>Say what to change: --name, --price, --cost, --unit, --barcode, --category or --kind</source>
        <translation>请写明要改什么：--name、--price、--cost、--unit、--barcode、--category 或 --kind</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="22"/>
        <source>Added product {id}.</source>
        <translation>已添加商品 {id}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="23"/>
        <source>Updated product {id}.</source>
        <translation>已更新商品 {id}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="24"/>
        <source>Retired product {id}: no longer offered at the counter.</source>
        <translation>商品 {id} 已下架：收银台不再提供。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="25"/>
        <source>Product {id} is offered at the counter again.</source>
        <translation>商品 {id} 已重新上架。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="26"/>
        <source>No products.</source>
        <translation>没有商品。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="27"/>
        <source>{count} product(s).</source>
        <translation>共 {count} 个商品。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="28"/>
        <source>price {price}</source>
        <translation>售价 {price}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="29"/>
        <source>price {price} per {unit}</source>
        <translation>售价 {price}/{unit}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="30"/>
        <source>cost {cost}</source>
        <translation>成本 {cost}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="31"/>
        <source>cost not known</source>
        <translation>成本未知</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="32"/>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="33"/>
        <source>retired</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="34"/>
        <source>barcode {barcode}</source>
        <translation>条码 {barcode}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="35"/>
        <source>category {category}</source>
        <translation>分类 {category}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_products.py" line="36"/>
        <source>on {count} sale line(s)</source>
        <translation>用在 {count} 个销售行中</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="24"/>
        <source>Give the customer&apos;s id or --walk-in, not both</source>
        <translation>请给出客户编号或 --walk-in，不能两个都给</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="25"/>
        <source>Give the customer&apos;s id, or --walk-in for a customer the shop does not know</source>
        <translation>请给出客户编号；店里不认识的散客请用 --walk-in</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="26"/>
        <source>--line needs a line id and perhaps a quantity, such as 15 or 15:2, not {value!r}</source>
        <translation>--line 需要行编号，可以加数量，如 15 或 15:2，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="36"/>
        <source>Recorded sale {number} (id {id}).</source>
        <translation>已记录销售单 {number}（编号 {id}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="37"/>
        <source>Recorded return {number} (id {id}) for sale {sale}.</source>
        <translation>已为销售单 {sale} 记录退货单 {number}（编号 {id}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="38"/>
        <source>Voided sale {number} (id {id}).</source>
        <translation>已作废销售单 {number}（编号 {id}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="39"/>
        <source>Sale {number} (id {id}), {at}, {name} ({customer_no}, id {customer_id})</source>
        <translation>销售单 {number}（编号 {id}），{at}，{name}（{customer_no}，编号 {customer_id}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="40"/>
        <source>Sale {number} (id {id}), {at}, walk-in customer</source>
        <translation>销售单 {number}（编号 {id}），{at}，散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="41"/>
        <source>A return from sale id {sale}: {reason}</source>
        <translation>退货，原销售单编号 {sale}：{reason}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="42"/>
        <source>{item}  x{quantity} at {price} = {amount}</source>
        <translation>{item}  ×{quantity}，单价 {price}，金额 {amount}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="43"/>
        <source>{item}  x{quantity} at {price}, less {discount} = {amount}</source>
        <translation>{item}  ×{quantity}，单价 {price}，优惠 {discount}，金额 {amount}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="44"/>
        <source>({quantity} came back)</source>
        <translation>（已退 {quantity}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="45"/>
        <source>Total {total}, paid by {payment}; gross profit {profit}</source>
        <translation>合计 {total}，{payment}；毛利 {profit}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="46"/>
        <source>Total {total} after a discount of {discount}, paid by {payment}; gross profit {profit}</source>
        <translation>合计 {total}（已优惠 {discount}），{payment}；毛利 {profit}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="49"/>
        <source>({count} line(s) without a known cost count it as 0)</source>
        <translation>（{count} 行成本未知，按 0 计算）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="50"/>
        <source>Sold by {staff}</source>
        <translation>经手人：{staff}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="51"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="52"/>
        <source>Return {number} (id {id}): {total}</source>
        <translation>退货单 {number}（编号 {id}）：{total}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="53"/>
        <source>Return {number} (id {id}): {total}, voided</source>
        <translation>退货单 {number}（编号 {id}）：{total}，已作废</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="54"/>
        <source>VOIDED on {at}: {reason}</source>
        <translation>已于 {at} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="55"/>
        <source>No sales.</source>
        <translation>没有销售单。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="56"/>
        <source>walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="57"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="58"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_receipt.py" line="21"/>
        <source>Printed receipt {number} ({width} mm, {pages} page(s)) to {out}.</source>
        <translation>小票 {number}（{width} 毫米，{pages} 页）已输出到 {out}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_receipt.py" line="22"/>
        <source>Sent receipt {number} to {printer} ({size} bytes).</source>
        <translation>小票 {number} 已发送到 {printer}（{size} 字节）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_receipt.py" line="23"/>
        <source>receipt needs OUT.pdf or --escpos PRINTER</source>
        <translation>receipt 需要 OUT.pdf 或 --escpos 打印机</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_calendar.py" line="211"/>
        <source>%1 · lunar %2</source>
        <translation>%1 · 农历%2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_calendar.py" line="227"/>
        <source>Nothing on this day.</source>
        <translation>这一天没有安排。</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="64"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="65"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="92"/>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="348"/>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="441"/>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="467"/>
        <source>Products and Services</source>
        <translation>商品与服务</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="127"/>
        <source>Find by name, pinyin, initials or barcode</source>
        <translation>按名称、拼音、首字母或条码查找</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="130"/>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="302"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="132"/>
        <source>Show retired</source>
        <translation>显示已停售</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="139"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="140"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="141"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="142"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="143"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="144"/>
        <source>Cost</source>
        <translation>进价</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="145"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="146"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="188"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="190"/>
        <source>scan or type; may stay empty</source>
        <translation>扫码或输入，可以不填</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="193"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="194"/>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="195"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="196"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="197"/>
        <source>Price:</source>
        <translation>售价：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="198"/>
        <source>Cost:</source>
        <translation>进价：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="199"/>
        <source>Barcode:</source>
        <translation>条码：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="218"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="220"/>
        <source>&amp;New Product</source>
        <translation>新建商品(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="222"/>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="395"/>
        <source>&amp;Retire</source>
        <translation>停售(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="232"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="234"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="271"/>
        <source>Retired</source>
        <translation>已停售</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="289"/>
        <source>Products listed: %1</source>
        <translation>列出商品：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="349"/>
        <source>Discard what you typed for %1?</source>
        <translation>放弃为 %1 输入的内容吗？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="350"/>
        <source>the new product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="390"/>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="392"/>
        <source>Product: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="395"/>
        <source>Re&amp;store</source>
        <translation>恢复在售(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="399"/>
        <source>Retired: no longer offered at the counter; its sales keep it. Restore offers it again.</source>
        <translation>已停售：收银时不再列出；已有的销售仍然记着它。恢复在售后可再次销售。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="445"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="471"/>
        <source>%1 is retired.</source>
        <translation>%1 已停售。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="471"/>
        <source>%1 is offered again.</source>
        <translation>%1 已恢复在售。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="495"/>
        <source>catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="498"/>
        <source>Export Products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="500"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/catalogue_dialog.py" line="519"/>
        <source>%1 products exported to %2.</source>
        <translation>已导出 %1 个商品到 %2。</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="557"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="557"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="557"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="557"/>
        <source>Before</source>
        <translation>改前</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="557"/>
        <source>After</source>
        <translation>改后</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="567"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="580"/>
        <source>%1 changes, newest first</source>
        <translation>共 %1 条改动，最新的在前</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="14"/>
        <source>Customers by profit tier</source>
        <translation>按利润分层的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="15"/>
        <source>Customers by RFM group</source>
        <translation>按 RFM 分组的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="16"/>
        <source>Customers by age</source>
        <translation>按年龄的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="17"/>
        <source>Customers by income</source>
        <translation>按收入的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="18"/>
        <source>Customers by lifecycle stage</source>
        <translation>按发展阶段的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="19"/>
        <source>Customers by churn status</source>
        <translation>按流失状态的客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="24"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="25"/>
        <source>Share of profit (%)</source>
        <translation>利润占比（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="26"/>
        <source>New and lost customers per month</source>
        <translation>每月新增与流失客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="27"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="28"/>
        <source>Lost customers</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="29"/>
        <source>Churn rate (%)</source>
        <translation>流失率（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="30"/>
        <source>Why customers were lost, per month</source>
        <translation>每月客户流失的原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="31"/>
        <source>Share of profit by share of customers</source>
        <translation>客户占比与利润占比</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="32"/>
        <source>Customers, best first (%)</source>
        <translation>客户（从最好的算起，%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="33"/>
        <source>Cumulative share of profit (%)</source>
        <translation>累计利润占比（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="34"/>
        <source>Profit share of each tenth (%)</source>
        <translation>每一成客户的利润占比（%）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="35"/>
        <source>Customers moving between profit tiers</source>
        <translation>在利润层次间变动的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="36"/>
        <source>Upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="37"/>
        <source>Downgraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="38"/>
        <source>Customers still buying, by month of first purchase</source>
        <translation>仍在购买的客户（按首次购买月份）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="39"/>
        <source>Months after the first purchase</source>
        <translation>首次购买后的月数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="40"/>
        <source>First purchase in</source>
        <translation>首次购买于</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="41"/>
        <source>Average satisfaction per month</source>
        <translation>每月平均满意度</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="42"/>
        <source>Average score (1-5)</source>
        <translation>平均分（1-5）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="43"/>
        <source>Scores given</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="44"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="45"/>
        <source>Sales and gross profit per staff member, {month}</source>
        <translation>各员工的销售额和毛利，{month}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="46"/>
        <source>Sales (returns taken off)</source>
        <translation>销售额（已扣退货）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="47"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="48"/>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="49"/>
        <source>No staff member</source>
        <translation>无负责员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="50"/>
        <source>* {month} is not over: {days} of its {total} days so far (drawn lighter and hatched)</source>
        <translation>* {month} 还没过完：目前只有全月 {total} 天中的 {days} 天（以浅色斜线表示）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/plots/labels.py" line="53"/>
        <source>Hatched: {month}, not over yet ({days} of its {total} days so far)</source>
        <translation>斜线格：{month} 还没过完（目前只有全月 {total} 天中的 {days} 天）</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="48"/>
        <source>Commission Rules</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="54"/>
        <source>Each rule gives a staff member (or everyone) a percentage of the sales or of the gross profit of a category (or of everything). The most particular rule decides each sale line: a staff member&apos;s rule for the category, then their own rule, then the category&apos;s rule for everyone.</source>
        <translation>每条规则让某位员工（或所有员工）按某个分类（或全部商品）的销售额或毛利提取一定百分比。每一行销售按最具体的规则计算：先看该员工在该分类的规则，再看该员工自己的规则，最后看该分类适用于所有人的规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="62"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="62"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="62"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="62"/>
        <source>Of</source>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="68"/>
        <source>&amp;Add Rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="70"/>
        <source>&amp;Remove Rule</source>
        <translation>删除规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="76"/>
        <source>A commission is taken once per rule from what its lines add up to, half up to the fen.</source>
        <translation>每条规则先把它管的各行加总，再取百分比，四舍五入到分。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="97"/>
        <source>Everyone</source>
        <translation>所有员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="103"/>
        <source>Every category</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="117"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/commission_dialog.py" line="118"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="94"/>
        <source>← Back to List</source>
        <translation>← 返回列表</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="95"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="97"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="98"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="101"/>
        <source>Undo Changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="66"/>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="71"/>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="72"/>
        <source>Timeline</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="73"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="74"/>
        <source>Changes</source>
        <translation>改动记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="103"/>
        <source>New Sale…</source>
        <translation>记一笔…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="104"/>
        <source>Record a sale to this customer at the counter (记一笔)</source>
        <translation>在收银台为这位客户记一笔销售</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="139"/>
        <source>Save Customer</source>
        <translation>保存客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="143"/>
        <source>Back to List</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="148"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="189"/>
        <source>New Customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="190"/>
        <source>Fill in what you know; a name or a phone number is enough.</source>
        <translation>知道多少填多少，有姓名或电话就够了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="192"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="195"/>
        <source>Customer No. %1 · added %2</source>
        <translation>客户编号 %1 · %2 建档</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="259"/>
        <source>This may be a customer you already have: %1</source>
        <translation>这可能是已有的客户：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="261"/>
        <source>(and %1 more)</source>
        <translation>（还有 %1 位）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="263"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="318"/>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="318"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="342"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="344"/>
        <source>Open the customer you already have, or save this one as well?</source>
        <translation>打开已有的客户，还是也保存这一位？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="345"/>
        <source>Open Existing</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="348"/>
        <source>Save Anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="378"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="389"/>
        <source>Unsaved changes</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_editor.py" line="390"/>
        <source>Save the changes to %1?</source>
        <translation>要保存对 %1 的修改吗？</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="70"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="110"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="110"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="110"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="112"/>
        <source>1985-03-12, 3-12 or 八月十五</source>
        <translation>1985-03-12、3-12 或 八月十五</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="114"/>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="115"/>
        <source>Lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="118"/>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="120"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="120"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="125"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="126"/>
        <source>Natural (moved away, no longer needs it)</source>
        <translation>自然流失（搬走了、不再需要）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="127"/>
        <source>Lost to a competitor</source>
        <translation>被同行抢走</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="128"/>
        <source>Our fault (price, quality, service)</source>
        <translation>我们的过失（价格、质量、服务）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="131"/>
        <source>May receive cards and mail</source>
        <translation>可以寄贺卡和信件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="137"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="138"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="139"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="140"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="140"/>
        <source>138 1234 5678</source>
        <translation>138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="141"/>
        <source>Phone 2</source>
        <translation>电话 2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="142"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="143"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="144"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="145"/>
        <source>With the shop</source>
        <translation>与本店</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="146"/>
        <source>Customer No.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="146"/>
        <source>given when saved</source>
        <translation>保存时自动生成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="147"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="148"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="148"/>
        <source>VIP, 老客户</source>
        <translation>VIP, 老客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="149"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="149"/>
        <source>walk-in, friend, WeChat…</source>
        <translation>进店、朋友介绍、微信……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="150"/>
        <source>Mail</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="156"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="157"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="158"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="159"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="160"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="161"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="162"/>
        <source>Profile</source>
        <translation>个人情况</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="163"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="164"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="165"/>
        <source>Family</source>
        <translation>家庭状况</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="166"/>
        <source>Preferences</source>
        <translation>个人喜好</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="167"/>
        <source>Buying habits</source>
        <translation>购买习惯</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="168"/>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="169"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="170"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="172"/>
        <source>Left on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="172"/>
        <source>YYYY-MM-DD, when they stopped coming</source>
        <translation>年-月-日，不再光顾的日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="173"/>
        <source>Note on leaving</source>
        <translation>流失说明</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="182"/>
        <source>choose a band, or write your own</source>
        <translation>选择一档，或自己填写</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="302"/>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="330"/>
        <source>Recognised as %1</source>
        <translation>识别为 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="310"/>
        <source>The customer number cannot be empty.</source>
        <translation>客户编号不能为空。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="328"/>
        <source>Not one of the bands: kept as written, counted as other income.</source>
        <translation>不属于任何一档：按原文保存，计入“其他收入”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="351"/>
        <source>Next birthday: %1</source>
        <translation>下次生日：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="354"/>
        <source>age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_form.py" line="362"/>
        <source>A customer needs at least a name or a phone number.</source>
        <translation>客户至少要有姓名或手机号。</translation>
    </message>
</context>
<context>
    <name>CustomerProfile</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="110"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="111"/>
        <source>Edit this customer, with purchases, contacts and history (Enter)</source>
        <translation>编辑这位客户，包括购买、往来和改动记录（回车）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="113"/>
        <source>New Sale…</source>
        <translation>记一笔…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="114"/>
        <source>Record a sale to this customer at the counter (记一笔)</source>
        <translation>在收银台为这位客户记一笔销售</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="137"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="138"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="139"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="140"/>
        <source>Next birthday</source>
        <translation>下次生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="141"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="142"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="143"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="144"/>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="145"/>
        <source>Total spent</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="146"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="147"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="148"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="192"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="193"/>
        <source>Customer No. %1</source>
        <translation>客户编号 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="205"/>
        <source>, </source>
        <comment>separator between tags</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="212"/>
        <source>paid %1 − cost of goods %2 − service %3 (%4 contacts)</source>
        <translation>实付 %1 − 商品成本 %2 − 服务成本 %3（%4 次联系）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_profile.py" line="219"/>
        <source>Not counted (no cost price): %1</source>
        <translation>未计入（无成本价）：%1 笔</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="78"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="80"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="82"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="83"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="84"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="85"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="86"/>
        <source>Total spent</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="87"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="88"/>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="89"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="90"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="91"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="92"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="93"/>
        <source>Phone 2</source>
        <translation>电话 2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="94"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="95"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="96"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="97"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="98"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="99"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="100"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="101"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="102"/>
        <source>Added</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="205"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="205"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="206"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/customer_table.py" line="206"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_bulk.py" line="76"/>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="99"/>
        <source>Search name, pinyin, phone, number or address</source>
        <translation>搜索姓名、拼音、手机号、编号或地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="212"/>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="215"/>
        <source>Add a customer (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="219"/>
        <source>&amp;Open Customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="224"/>
        <source>Move the selected customers to the trash (Delete); Ctrl+Z brings them back</source>
        <translation>把选中的客户移到回收站（Delete 键）；按 Ctrl+Z 可以找回</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="228"/>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="579"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="230"/>
        <source>&amp;Tag…</source>
        <translation>加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="230"/>
        <source>Add a tag to the selected customers</source>
        <translation>给选中的客户加标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="233"/>
        <source>&amp;Remove Tag…</source>
        <translation>去掉标签(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="235"/>
        <source>Take a tag off the selected customers</source>
        <translation>去掉选中客户的某个标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="238"/>
        <source>&amp;Assign Staff…</source>
        <translation>指定负责人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="240"/>
        <source>Make a staff member responsible for the selected customers</source>
        <translation>指定一位店员负责选中的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="243"/>
        <source>Ma&amp;il Consent…</source>
        <translation>邮寄同意(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="245"/>
        <source>Record whether the selected customers may receive greeting cards by post</source>
        <translation>记录选中的客户是否同意接收邮寄的贺卡</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="248"/>
        <source>&amp;Follow-up Reminder…</source>
        <translation>回访提醒(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="250"/>
        <source>Create a reminder to contact each selected customer</source>
        <translation>为每位选中的客户建一条回访提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="253"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="255"/>
        <source>Save the selected customers (or the whole list shown) as an Excel or CSV file</source>
        <translation>把选中的客户（或当前列表里的全部客户）另存为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="257"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="258"/>
        <source>&amp;Columns…</source>
        <translation>显示列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="404"/>
        <source>&amp;Export Selection…</source>
        <translation>导出选中的客户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="404"/>
        <source>&amp;Export List…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="406"/>
        <source>Selected: %1</source>
        <translation>已选 %1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="579"/>
        <source>&amp;Undo Move to Trash (%1)</source>
        <translation>撤销移到回收站(&amp;U)（%1 位）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customers_page.py" line="221"/>
        <source>&amp;Move to Trash</source>
        <translation>移到回收站(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="39"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="41"/>
        <source>any time, or 14:30</source>
        <translation>不限时间，或 14:30</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="43"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>DaySales</name>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="25"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="26"/>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="27"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="28"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="29"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="42"/>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="43"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="48"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="50"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/day_sales.py" line="101"/>
        <source>Voided: not counted anywhere</source>
        <translation>已作废：任何统计都不计入</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../../smallcrm/ui/shell/demo_data.py" line="42"/>
        <source>Creating demo customers…</source>
        <translation>正在生成演示客户……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/demo_data.py" line="42"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/demo_data.py" line="43"/>
        <location filename="../../smallcrm/ui/shell/demo_data.py" line="81"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/demo_data.py" line="52"/>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/demo_data.py" line="78"/>
        <source>Cancelled: no demo customers were added.</source>
        <translation>已取消，没有添加任何演示客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/demo_data.py" line="86"/>
        <source>Demo customers added.</source>
        <translation>演示客户已添加。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="62"/>
        <source>Duplicate Customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="104"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="118"/>
        <source>Pick which customer stays and, for each field that differs, whose value to keep. Purchases, contacts, reminders and tags of both are kept; the other customer goes to the trash, and the merge can be undone.</source>
        <translation>选择保留哪一位，并为每个不同的项目选用哪一边的内容。两人的购买、往来、提醒和标签都会保留；另一位移到回收站，合并之后还可以撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="126"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="133"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="135"/>
        <source>Not the Same Person</source>
        <translation>不是同一个人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="137"/>
        <source>Remember that these two are different people: the pair is not listed again</source>
        <translation>记住这两位是不同的人：以后不再列出这一对</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="140"/>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="387"/>
        <source>Undo Last Merge</source>
        <translation>撤销上次合并</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="142"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="162"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="179"/>
        <source> (the first %1)</source>
        <translation>（前 %1 对）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="181"/>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="399"/>
        <source>Likely duplicates: %1 pairs</source>
        <translation>可能重复：%1 对</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="183"/>
        <source>No likely duplicates: every customer looks like a different person.</source>
        <translation>没有发现重复：每位客户看起来都是不同的人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="226"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="249"/>
        <source>%1 (their phone)</source>
        <translation>%1（对方的手机）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="255"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="255"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="277"/>
        <source>(both kept)</source>
        <translation>（两边都保留）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="346"/>
        <source>Merge them all the same?</source>
        <translation>仍然合并吗？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="349"/>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="384"/>
        <source>Undo “Not the Same Person”</source>
        <translation>撤销“不是同一个人”</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="241"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>EditReminderDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="60"/>
        <source>Edit Reminder</source>
        <translation>编辑提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="69"/>
        <source>any time, or 14:30</source>
        <translation>不限时间，或 14:30</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="76"/>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="77"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="78"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="79"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/reminder_dialogs.py" line="80"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="41"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="41"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="44"/>
        <source>Purchases of these customers</source>
        <translation>这些客户的消费记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="45"/>
        <source>purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="47"/>
        <source>Open reminders</source>
        <translation>未完成的提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="47"/>
        <source>reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="50"/>
        <source>Mailing list (customers who agreed to post)</source>
        <translation>邮寄名单（同意邮寄的客户）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="51"/>
        <source>mailing-list</source>
        <translation>邮寄名单</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="75"/>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="99"/>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="184"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="120"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="121"/>
        <source>The customers the list shows now (its search and filters)</source>
        <translation>列表当前显示的客户（按当前搜索和筛选）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="123"/>
        <source>The selected customers (%1)</source>
        <translation>选中的客户（%1 位）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="140"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="141"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="152"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="89"/>
        <source>Export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="90"/>
        <source>Which customers:</source>
        <translation>哪些客户：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="91"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="92"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="183"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="183"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="218"/>
        <source>Choose the file to save to.</source>
        <translation>请选择要保存的文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="237"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="239"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="251"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="253"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="262"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/export_dialog.py" line="270"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Festival</name>
    <message>
        <location filename="../../smallcrm/domain/mailing/mailings.py" line="23"/>
        <location filename="../../smallcrm/domain/reminders/festivals.py" line="109"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/mailings.py" line="25"/>
        <location filename="../../smallcrm/domain/reminders/festivals.py" line="110"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/mailings.py" line="24"/>
        <location filename="../../smallcrm/domain/reminders/festivals.py" line="111"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="50"/>
        <source>Choose a spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="53"/>
        <source>Excel (.xlsx, .xls), LibreOffice (.ods) or CSV files saved by Excel or WPS. Title rows above the headers are fine; nothing is stored before the last step.</source>
        <translation>Excel 或 WPS 保存的 Excel (.xlsx、.xls)、LibreOffice (.ods) 或 CSV 文件。表头上方有标题行也没关系；最后一步之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="63"/>
        <source>The spreadsheet to import</source>
        <translation>要导入的表格文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="64"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="71"/>
        <source>Find out from the columns</source>
        <translation>根据列自动判断</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="72"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="73"/>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="74"/>
        <source>Products and services</source>
        <translation>商品与服务</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="79"/>
        <source>Import it again anyway</source>
        <translation>仍然再次导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="83"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="84"/>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="103"/>
        <source>Import a Spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="105"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="140"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="166"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="167"/>
        <source>purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="168"/>
        <source>products and services</source>
        <translation>商品与服务</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="171"/>
        <source>Sheet “%1”: headers in row %2; it looks like a list of %3.</source>
        <translation>工作表“%1”：表头在第 %2 行；看起来是%3名单。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="177"/>
        <source>About %1 rows.</source>
        <translation>约 %1 行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_file_page.py" line="182"/>
        <source>This file was imported before (import %1). Undo that import first, or import it again on purpose.</source>
        <translation>这个文件以前导入过（第 %1 次导入）。请先撤销那次导入，或者确认要再次导入。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="159"/>
        <source>Customers picked in the Analysis area; click to show everyone again</source>
        <translation>在“分析”中选出的客户;点击可重新显示全部客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="163"/>
        <source>Save as Segment…</source>
        <translation>存为细分…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="165"/>
        <source>Keep these filters under a name: a saved segment for the list, reminders and mailings</source>
        <translation>把这些筛选条件存为一个命名的细分,可用于客户列表、提醒和邮寄名单</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="171"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="288"/>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="300"/>
        <source>Save as Segment</source>
        <translation>存为细分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="288"/>
        <source>Name of the segment:</source>
        <translation>细分名称:</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="344"/>
        <source>%1 (%2) ✕</source>
        <translation>%1(%2)✕</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="251"/>
        <source>Follow-up reminder</source>
        <translation>回访提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="253"/>
        <source>A reminder to follow up with each selected customer (%1).</source>
        <translation>为每位选中的客户（%1 位）建一条回访提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="257"/>
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="259"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="260"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="46"/>
        <source>windows, dialogs, printing</source>
        <translation>窗口、对话框、打印</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="47"/>
        <source>database access</source>
        <translation>数据库访问</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="48"/>
        <source>the database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="49"/>
        <source>reading and writing Excel files</source>
        <translation>读写 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="50"/>
        <source>writing Excel files</source>
        <translation>导出 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="51"/>
        <source>reading spreadsheets fast</source>
        <translation>快速读取表格</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="52"/>
        <source>reading old .xls files</source>
        <translation>读取旧版 .xls 文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="53"/>
        <source>charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="54"/>
        <source>analysis</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="55"/>
        <source>the churn and lifetime-value model</source>
        <translation>流失预测和客户终身价值模型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="56"/>
        <source>pinyin search</source>
        <translation>拼音搜索</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="57"/>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="58"/>
        <source>lunar calendar birthdays and festivals</source>
        <translation>农历生日和节日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="59"/>
        <source>where the data folder is</source>
        <translation>数据文件夹的位置</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="60"/>
        <source>Chinese font for labels and envelopes</source>
        <translation>标签和信封上的中文字体</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="61"/>
        <source>the language SmallCRM is written in</source>
        <translation>编写 SmallCRM 的编程语言</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="78"/>
        <source>The guide is missing from this installation.</source>
        <translation>这个安装缺少使用指南。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="130"/>
        <source>Database (your customers)</source>
        <translation>数据库（您的客户资料）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="131"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="132"/>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="139"/>
        <source>Everything SmallCRM knows is in the database file; the shop&apos;s settings are in it too.</source>
        <translation>SmallCRM 的所有资料都在这个数据库文件里，店铺设置也在里面。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="142"/>
        <source>A backup is made automatically each time you close SmallCRM (the newest of each of the last 7 days and 4 weeks are kept); File › Back Up Now makes one whenever you like.</source>
        <translation>每次关闭 SmallCRM 都会自动备份（保留最近 7 天每天最新的一份和最近 4 周每周最新的一份）；随时可以用“文件 › 立即备份”再备份一次。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="147"/>
        <source>Copy the backups folder to a USB stick or cloud drive now and then: a backup on the same computer does not help if the computer is lost.</source>
        <translation>请隔一段时间把备份文件夹复制到 U 盘或网盘：电脑丢了或坏了，同一台电脑上的备份也救不回来。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="152"/>
        <source>File › Restore from Backup puts a backup back; the database as it was is kept beside it.</source>
        <translation>用“文件 › 从备份恢复”可以恢复备份；恢复前的数据库会另存在旁边。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="156"/>
        <source>Where your data is</source>
        <translation>您的数据在哪里</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="256"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="269"/>
        <source>SmallCRM &amp;Help</source>
        <translation>SmallCRM 帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="274"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="277"/>
        <source>Where Is My &amp;Data?</source>
        <translation>我的数据在哪里？(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="281"/>
        <source>&amp;About SmallCRM</source>
        <translation>关于 SmallCRM(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="283"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="165"/>
        <source>SmallCRM Help</source>
        <translation>SmallCRM 帮助</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="171"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="171"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="171"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="189"/>
        <source>Getting Started</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="190"/>
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/help.py" line="191"/>
        <source>Your Data</source>
        <translation>您的数据</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../smallcrm/sheets/importer/results.py" line="175"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/results.py" line="176"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/results.py" line="177"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="39"/>
        <source>Customer No.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="40"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="41"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="42"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="43"/>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="44"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="45"/>
        <source>Phone 2</source>
        <translation>电话2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="46"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="47"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="48"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="49"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="50"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="51"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="52"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="53"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="54"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="55"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="56"/>
        <source>Family</source>
        <translation>家庭状况</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="57"/>
        <source>Preferences</source>
        <translation>个人喜好</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="58"/>
        <source>Buying habits</source>
        <translation>购买习惯</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="59"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="60"/>
        <source>Staff</source>
        <translation>负责员工</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="61"/>
        <source>Mail consent</source>
        <translation>同意邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="62"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="63"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="64"/>
        <source>Churn status</source>
        <translation>流失状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="65"/>
        <source>Churn reason</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="66"/>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="67"/>
        <source>Churn note</source>
        <translation>流失说明</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="68"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="69"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="70"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="71"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="72"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="73"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="74"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="75"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="76"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="77"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="78"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="79"/>
        <source>Goods or service</source>
        <translation>商品或服务</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="80"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="115"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="46"/>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="69"/>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="87"/>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="48"/>
        <source>Undo import %1 of “%2”?</source>
        <translation>撤销第 %1 次导入（“%2”）吗？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="54"/>
        <source>The products it added are removed and the products it changed get their previous values back. A product sold since stays, retired, for its sales.</source>
        <translation>它新增的商品将被删除，它修改过的商品恢复原来的值。此后已经卖出过的商品会保留并停售，以便保留其销售记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="62"/>
        <source>The customers and purchases it added are removed and the customers it changed get their previous values back. A customer who has since got purchases or visits of their own goes to the trash instead.</source>
        <translation>这次导入新增的客户和消费记录会被删除，被它修改过的客户恢复原来的内容。导入后又有了自己的消费或回访记录的客户，会移到回收站而不是删除。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="100"/>
        <source>Import History</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="105"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="106"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="107"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="108"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="109"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="110"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="111"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="112"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="113"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="124"/>
        <source>Nothing has been imported yet.</source>
        <translation>还没有导入过。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="126"/>
        <source>Undo Import…</source>
        <translation>撤销导入…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="157"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="157"/>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_history.py" line="157"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="100"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="101"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="102"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="103"/>
        <source>Summary row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="104"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="107"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="108"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="109"/>
        <source>Added as another customer</source>
        <translation>作为另一位客户新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="110"/>
        <source>Added as another product</source>
        <translation>作为另一个商品新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="113"/>
        <source>Same customer number</source>
        <translation>客户编号相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="114"/>
        <source>Same phone</source>
        <translation>手机相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="115"/>
        <source>Same barcode</source>
        <translation>条码相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="116"/>
        <source>Same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="121"/>
        <source>As the Mail consent column says</source>
        <translation>按“同意邮寄”这一列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="122"/>
        <source>No one may receive mail yet (ask them first)</source>
        <translation>都不同意邮寄（先问过客户再改）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="123"/>
        <source>All may receive mail (they agreed)</source>
        <translation>都同意邮寄（客户已同意）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="126"/>
        <source>Skip the row; the customer stays as it is</source>
        <translation>跳过这一行，客户保持不变</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="127"/>
        <source>Fill the customer&apos;s empty fields from the row</source>
        <translation>用这一行补全客户的空白项</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="128"/>
        <source>Overwrite the customer&apos;s fields with the row&apos;s values</source>
        <translation>用这一行的内容覆盖客户的资料</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="129"/>
        <source>Keep both: add the row as another customer</source>
        <translation>两个都保留：把这一行作为另一位客户新增</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="132"/>
        <source>Skip the row; the product stays as it is</source>
        <translation>跳过该行，商品保持不变</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="133"/>
        <source>Fill the product&apos;s empty fields from the row</source>
        <translation>用该行补全商品的空字段</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="134"/>
        <source>Overwrite the product&apos;s fields with the row&apos;s values</source>
        <translation>用该行的值覆盖商品的字段</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="135"/>
        <source>Keep both: add the row as another product (not with its barcode)</source>
        <translation>两者都保留：把该行作为另一个商品新增（条码相同时除外）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="154"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="155"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="160"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_common.py" line="161"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="66"/>
        <source>Import a Spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="110"/>
        <source>New: %1   Updated: %2   Skipped: %3   Rejected: %4</source>
        <translation>新增：%1   更新：%2   跳过：%3   拒绝：%4</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="117"/>
        <source>New customers for these purchases: %1</source>
        <translation>为这些消费记录新建的客户：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="119"/>
        <source>Addresses split into province, city and district: %1</source>
        <translation>地址已拆分为省、市、区：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="124"/>
        <source>Lines of a catalogue product: %1 (cost taken from the catalogue: %2); matching no product: %3</source>
        <translation>属于目录商品的明细：%1 行（成本取自商品目录：%2 行）；没有对应商品：%3 行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="136"/>
        <source>-rejected</source>
        <translation>-被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="138"/>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="151"/>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="155"/>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="138"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_wizard.py" line="156"/>
        <source>%1 rejected rows saved to %2. Fix them there and import that file.</source>
        <translation>已把 %1 行被拒绝的数据保存到 %2。请在那里改正后再导入该文件。</translation>
    </message>
</context>
<context>
    <name>Income</name>
    <message>
        <location filename="../../smallcrm/domain/values/incomes.py" line="23"/>
        <source>under 5,000 a month</source>
        <translation>月收入5千以下</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/incomes.py" line="24"/>
        <source>5,000 to 10,000 a month</source>
        <translation>月收入5千至1万</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/incomes.py" line="25"/>
        <source>10,000 to 20,000 a month</source>
        <translation>月收入1万至2万</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/incomes.py" line="26"/>
        <source>20,000 a month or more</source>
        <translation>月收入2万及以上</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../smallcrm/ui/shell/integrity.py" line="80"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/integrity.py" line="84"/>
        <source>Restore the latest backup to carry on safely. Working on with a damaged file may lose more; quit if you want to ask for help first.</source>
        <translation>恢复最近的备份才能放心继续使用。继续用损坏的文件可能丢失更多数据；想先找人帮忙的话，请退出。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/integrity.py" line="88"/>
        <source>Restore a Backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/integrity.py" line="89"/>
        <source>Keep Working</source>
        <translation>继续使用</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/integrity.py" line="90"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="153"/>
        <source>Edit Contact</source>
        <translation>编辑往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="153"/>
        <source>Add Contact</source>
        <translation>添加往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="165"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="170"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="171"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="174"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="175"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="176"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="177"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="178"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="384"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="384"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="384"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="384"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="384"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="387"/>
        <source>Add Contact…</source>
        <translation>添加往来记录…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="387"/>
        <source>Note a visit, call, message or complaint</source>
        <translation>记录一次到店、电话、消息或投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="390"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="390"/>
        <source>Edit the contact</source>
        <translation>编辑这条联系记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="393"/>
        <source>Mark Resolved</source>
        <translation>标为已解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="397"/>
        <source>The complaint is resolved</source>
        <translation>投诉已解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="400"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="400"/>
        <source>Delete the contact</source>
        <translation>删除这条联系记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="405"/>
        <source>Customer › Timeline</source>
        <translation>客户 › 往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="420"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="423"/>
        <source>Resolved %1</source>
        <translation>%1 已解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="434"/>
        <source>%1 contacts</source>
        <translation>共 %1 条往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="436"/>
        <source>%1 open complaints</source>
        <translation>%1 条投诉未解决</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="451"/>
        <source>Delete Contact</source>
        <translation>删除往来记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="452"/>
        <source>Delete this contact from the timeline?</source>
        <translation>要从往来记录中删除这一条吗？</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../smallcrm/ui/widgets/list_columns.py" line="84"/>
        <source>Reset Columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>Mailing</name>
    <message>
        <location filename="../../smallcrm/domain/mailing/mailings.py" line="26"/>
        <source>Birthdays this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/mailings.py" line="27"/>
        <source>Other occasion</source>
        <translation>其他场合</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/recipients.py" line="23"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/recipients.py" line="24"/>
        <source>No consent to be mailed</source>
        <translation>未同意邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/recipients.py" line="25"/>
        <source>No usable postal address</source>
        <translation>没有可用的邮寄地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/recipients.py" line="26"/>
        <source>Same address as another recipient</source>
        <translation>与其他收件人同一地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/sent.py" line="28"/>
        <source>Greeting card sent: {title}</source>
        <translation>已寄贺卡：{title}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/sent.py" line="29"/>
        <source>Card sent with the mailing {title}</source>
        <translation>已随“{title}”寄出贺卡</translation>
    </message>
</context>
<context>
    <name>MailingOutput</name>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="35"/>
        <source>Dear {name} {honorific},

Wishing you and your family health and happiness.

{shop}</source>
        <translation>尊敬的{name}{honorific}：

值此佳节，恭祝您和家人身体健康、阖家幸福！

{shop} 敬贺</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="51"/>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="247"/>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="256"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="66"/>
        <source> labels</source>
        <translation> 张标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="67"/>
        <source>Draw label edges</source>
        <translation>画出标签边框</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="68"/>
        <source>Draw postcode boxes</source>
        <translation>画出邮编方格</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="71"/>
        <source>Merge fields: {name} {honorific} {shop}</source>
        <translation>可用字段：{name} 姓名，{honorific} 称呼，{shop} 店名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="78"/>
        <source>Custom Sheet…</source>
        <translation>自定义标签纸…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="79"/>
        <source>Measure a label sheet that is not in the list</source>
        <translation>量一下列表中没有的标签纸</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="84"/>
        <source>Print on:</source>
        <translation>打印到：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="85"/>
        <source>Already used on the first sheet:</source>
        <translation>第一张已用掉：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="88"/>
        <source>Greeting:</source>
        <translation>贺词：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="90"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="92"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="94"/>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="109"/>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="188"/>
        <source>Labels: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="111"/>
        <source>Envelopes: %1</source>
        <translation>信封：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="112"/>
        <source>Printed list with a tick column</source>
        <translation>打印名单（带勾选栏）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="113"/>
        <source>Greeting inserts</source>
        <translation>贺卡内页</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="132"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="132"/>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard 通讯录 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="133"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="149"/>
        <source>Exported %1 recipients to %2</source>
        <translation>已导出 %1 位收件人到 %2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="241"/>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>已将 %1 页发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="249"/>
        <source>Printing stopped. This printer could not take back the pages drawn before you cancelled: remove the job from the printer&apos;s queue if they should not print.</source>
        <translation>打印已停止。这台打印机无法收回取消之前已生成的页面：如果不想打印这些页面，请在打印机的打印队列中删除该任务。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="254"/>
        <source>Printing cancelled: nothing was printed.</source>
        <translation>已取消打印：没有打印任何内容。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="256"/>
        <source>Sending to the printer…</source>
        <translation>正在发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="264"/>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="278"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="264"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="276"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="278"/>
        <source>Drawing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="291"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="339"/>
        <source> and %1 more</source>
        <translation> 等另外 %1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_output.py" line="341"/>
        <source>Text too small to read easily on %1 label(s): %2%3. Shorten the address or use bigger labels.</source>
        <translation>有 %1 张标签文字过小，不易看清：%2%3。请缩短地址或换用更大的标签。</translation>
    </message>
</context>
<context>
    <name>MailingView</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_print.py" line="138"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_print.py" line="141"/>
        <source>Print Preview: the first %1 of %2 recipients (Print in the Mailing area prints all)</source>
        <translation>打印预览：%2 位收件人中的前 %1 位（在“贺卡寄送”里点“打印”会打印全部）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="52"/>
        <source>Everyone who may be mailed</source>
        <translation>所有可邮寄的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="53"/>
        <source>A segment</source>
        <translation>某个客户细分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="54"/>
        <source>A tag</source>
        <translation>某个标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="55"/>
        <source>A staff member&apos;s customers</source>
        <translation>某位员工负责的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="56"/>
        <source>The customers selected in the list</source>
        <translation>客户列表中选中的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="59"/>
        <source>no street</source>
        <translation>缺少详细地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="60"/>
        <source>no city or province</source>
        <translation>缺少省市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="61"/>
        <source>postcode is not 6 digits</source>
        <translation>邮编不是6位数字</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="116"/>
        <source>Title, e.g. Spring Festival 2027</source>
        <translation>标题，例如 2027 春节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="123"/>
        <source>Include churned customers</source>
        <translation>包括已流失客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="124"/>
        <source>One card per household</source>
        <translation>同一地址只寄一张</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="126"/>
        <source>Address a shared home&apos;s card to the family (张伟 全家)</source>
        <translation>同一地址的贺卡寄给全家（张伟 全家）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="128"/>
        <source>Where several customers live at one address, their one card goes to the whole family.</source>
        <translation>多位客户住在同一地址时，这一张贺卡写给全家。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="131"/>
        <source>&amp;Start Mailing</source>
        <translation>开始寄送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="134"/>
        <source>New mailing</source>
        <translation>新建寄送</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="136"/>
        <source>Occasion:</source>
        <translation>场合：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="137"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="138"/>
        <source>Recipients:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="145"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="509"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="528"/>
        <source>Delete Mailing</source>
        <translation>删除寄送</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="150"/>
        <source>Mailings:</source>
        <translation>贺卡寄送：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="168"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="182"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="168"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="182"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="168"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="169"/>
        <source>&amp;Remove Selected</source>
        <translation>移除选中(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="171"/>
        <source>&amp;Add Customers Selected in the List</source>
        <translation>添加客户列表中选中的客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="182"/>
        <source>Why left out</source>
        <translation>未列入原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="186"/>
        <source>Double-click a customer to open their profile and fix the address or consent.</source>
        <translation>双击客户可打开客户档案，补全地址或修改邮寄同意。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="192"/>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="193"/>
        <source>Left out</source>
        <translation>未列入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="197"/>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="199"/>
        <source>Export Contacts .vcf…</source>
        <translation>导出通讯录 .vcf…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="201"/>
        <source>&amp;Mark as Sent</source>
        <translation>标记为已寄出(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="215"/>
        <source>Start a mailing on the left: choose the occasion and who gets a card.</source>
        <translation>在左侧新建寄送：选择场合和要寄贺卡的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="280"/>
        <source>sent %1</source>
        <translation>%1 已寄出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="280"/>
        <source>not sent yet</source>
        <translation>尚未寄出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="282"/>
        <source>%1
%2 recipients, %3</source>
        <translation>%1
%2 位收件人，%3</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="368"/>
        <source>%1 recipients.</source>
        <translation>共 %1 位收件人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="370"/>
        <source>Sent on %1: the list is kept as it was.</source>
        <translation>已于 %1 寄出：名单按当时保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="372"/>
        <source>Recipients (%1)</source>
        <translation>收件人（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="393"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="401"/>
        <source>Left out (%1)</source>
        <translation>未列入（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="415"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="422"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="445"/>
        <source>New Mailing</source>
        <translation>新建寄送</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="415"/>
        <source>There is nothing to choose from yet.</source>
        <translation>暂时没有可选的内容。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="422"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="486"/>
        <source>Select customers in the customer list first.</source>
        <translation>请先在客户列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="443"/>
        <source>Mailing started.</source>
        <translation>已新建寄送。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="479"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="486"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="502"/>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="598"/>
        <source>Mailing</source>
        <translation>贺卡寄送</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="510"/>
        <source>Delete the mailing %1? Greetings already logged on customers stay.</source>
        <translation>删除寄送“%1”？已记在客户名下的问候记录会保留。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="537"/>
        <source>Mark as Sent</source>
        <translation>标记为已寄出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="539"/>
        <source>Log a greeting card for each of the %1 recipients and close their festival reminders?</source>
        <translation>为这 %1 位收件人各记一条“已寄贺卡”，并关闭相应的节日提醒？</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="553"/>
        <source>%1 greetings logged, %2 reminders closed.</source>
        <translation>已记录 %1 条问候，关闭 %2 条提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/mailing_view.py" line="558"/>
        <source>%1 taken off the list: they no longer consent to be mailed.</source>
        <translation>%1 位已从名单移除：他们已不同意接收邮寄。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="340"/>
        <source>SmallCRM — %1</source>
        <translation>SmallCRM — %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="391"/>
        <source>Customers: %1</source>
        <translation>客户：%1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="171"/>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="172"/>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="176"/>
        <source>&amp;Sale</source>
        <translation>收银(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="179"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="180"/>
        <source>&amp;Mailing</source>
        <translation>贺卡寄送(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="392"/>
        <source>Due today: %1</source>
        <translation>今日待办：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="394"/>
        <source>Overdue: %1</source>
        <translation>已过期：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="470"/>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份……</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="480"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/main_window.py" line="481"/>
        <source>The backup before closing failed: %1

Close anyway?</source>
        <translation>关闭前的备份失败：%1

仍然关闭吗？</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="38"/>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="40"/>
        <source>Each column of the file and what it becomes in SmallCRM. Columns SmallCRM does not know are kept in the notes; choose a field for them, or not to import them.</source>
        <translation>文件的每一列以及它在 SmallCRM 里对应的内容。SmallCRM 不认识的列会保存到备注里；也可以为它们选择一个字段，或者不导入。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="46"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="46"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="46"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="54"/>
        <source>Use the Suggested Columns</source>
        <translation>使用建议的对应</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="71"/>
        <source>Headers found in row %1.</source>
        <translation>表头在第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="73"/>
        <source>These are the columns you chose last time for a file with the same headers.</source>
        <translation>这是上次导入相同表头的文件时您选择的对应方式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="75"/>
        <source>Don&apos;t import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="79"/>
        <source>Each column of the file and what it becomes in SmallCRM. Columns SmallCRM does not know are not imported; choose a field for them if they hold one.</source>
        <translation>文件的每一列以及它在 SmallCRM 中对应的字段。SmallCRM 不认识的列不会导入；如果其中有可用的内容，请为它选择一个字段。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_mapping_page.py" line="85"/>
        <source>Keep in the notes</source>
        <translation>保存到备注</translation>
    </message>
</context>
<context>
    <name>MenusAndToolbar</name>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="54"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="55"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="58"/>
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="61"/>
        <source>C&amp;ustomers</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="62"/>
        <source>&amp;Products</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="63"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="70"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="72"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="78"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="97"/>
        <source>Tra&amp;sh…</source>
        <translation>回收站(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="98"/>
        <source>&amp;Duplicates…</source>
        <translation>重复客户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="106"/>
        <source>Products and &amp;Services…</source>
        <translation>商品与服务(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="107"/>
        <source>&amp;Import Products…</source>
        <translation>导入商品(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="108"/>
        <source>&amp;Export Products…</source>
        <translation>导出商品(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="116"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="141"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="143"/>
        <source>Import &amp;History…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/menus.py" line="144"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../smallcrm/ui/shell/notifications.py" line="39"/>
        <source>No reminders due today.</source>
        <translation>今天没有到期的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/notifications.py" line="43"/>
        <source>Reminders due today: %1</source>
        <translation>今日待办：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/notifications.py" line="46"/>
        <source>Overdue: %1</source>
        <translation>已过期：%1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/notifications.py" line="55"/>
        <source>and %1 more</source>
        <translation>另有 %1 条</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/notifications.py" line="180"/>
        <source>Reminders now due: %1</source>
        <translation>现在到期的提醒：%1 条</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../smallcrm/domain/sales/payments.py" line="13"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/payments.py" line="14"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/payments.py" line="15"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/payments.py" line="16"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/payments.py" line="17"/>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/payments.py" line="18"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="166"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="167"/>
        <source>Nothing has been stored yet. This is exactly what the import will do.</source>
        <translation>还没有保存任何内容。下面就是导入后的结果。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="169"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="198"/>
        <source>Add customers who are not in SmallCRM yet (from the row&apos;s name and phone)</source>
        <translation>新建 SmallCRM 里还没有的客户（用这一行的姓名和手机）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="203"/>
        <source>Greeting cards go only to customers who may receive mail; you can change it later for a selection</source>
        <translation>贺卡只寄给同意邮寄的客户；以后也可以对选中的客户批量修改</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="211"/>
        <source>A row with the same customer number or phone as a customer you have (or an earlier row) is a duplicate. Blank rows count as nothing; total rows (合计, 小计, Total) are skipped. A row without name and phone, or with an impossible value, is rejected whole. The import is all or nothing, and can be undone.</source>
        <translation>客户编号或手机与已有客户（或前面某一行）相同的行算作重复。空行不计；合计行（合计、小计、Total）跳过。既没有姓名也没有手机、或含有不可能的值的行整行拒绝。导入要么全部完成、要么什么都不改，并且可以撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="217"/>
        <source>A row with the barcode, or else the exact name, of a product you have (or of an earlier row) is a duplicate. Blank rows count as nothing; total rows (合计, 小计, Total) are skipped. A new product without a name, or a row with an impossible value, is rejected whole. The import is all or nothing, and can be undone.</source>
        <translation>与已有商品（或前面某一行）条码相同，或名称完全相同的行算作重复。空行不计；合计行（合计、小计、Total）会被跳过。没有名称的新商品或含有不可能的值的行整行拒绝。导入要么全部完成要么什么都不做，并且可以撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="226"/>
        <source>Duplicates:</source>
        <translation>重复的行：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="227"/>
        <source>Mail consent:</source>
        <translation>邮寄同意：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="237"/>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="239"/>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="384"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="237"/>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="278"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="237"/>
        <source>Matched by</source>
        <translation>重复依据</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="237"/>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="384"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="239"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="239"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="240"/>
        <source>Save Rejected Rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="241"/>
        <source>An Excel file with the rejected rows and why, to fix and import again</source>
        <translation>把被拒绝的行及原因存为 Excel 文件，改正后可再次导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="278"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="341"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="404"/>
        <source>an earlier row of this file</source>
        <translation>本文件前面的一行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="412"/>
        <source>The first %1 of %2 duplicate rows are listed here.</source>
        <translation>这里列出 %2 个重复行中的前 %1 个。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="422"/>
        <source>The first %1 are listed here; Save Rejected Rows writes all %2.</source>
        <translation>这里列出前 %1 行；“保存被拒绝的行”会写出全部 %2 行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="428"/>
        <source>First rows (%1)</source>
        <translation>前几行（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="429"/>
        <source>Duplicates (%1)</source>
        <translation>重复（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_preview_page.py" line="430"/>
        <source>Rejected (%1)</source>
        <translation>拒绝（%1）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="461"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="462"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="463"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="464"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="465"/>
        <source>Sent</source>
        <translation>已寄</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../smallcrm/domain/demo/generator.py" line="81"/>
        <location filename="../../smallcrm/domain/demo/generator.py" line="88"/>
        <source>Creating demo customers</source>
        <translation>正在生成演示客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo/generator.py" line="92"/>
        <source>Saving demo customers</source>
        <translation>正在保存演示客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo/generator.py" line="112"/>
        <source>Recording the counter&apos;s sales</source>
        <translation>正在生成收银台的销售小票</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo/generator.py" line="118"/>
        <source>Demo data ready</source>
        <translation>演示数据已就绪</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/demo/generator.py" line="125"/>
        <source>Creating purchases and contacts</source>
        <translation>正在生成购买记录和联系记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="106"/>
        <source>Making reminders</source>
        <translation>正在生成提醒</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="102"/>
        <source>Edit Purchase</source>
        <translation>编辑购买记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="102"/>
        <source>Add Purchase</source>
        <translation>添加购买记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="114"/>
        <source>Refund: goods brought back, the amount paid back</source>
        <translation>退货：客户退回商品，金额为退还的钱款</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="118"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="123"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="124"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="125"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="126"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="127"/>
        <source>Amount paid (%1)</source>
        <translation>实付金额（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="129"/>
        <source>Cost of goods (%1)</source>
        <translation>进货成本（%1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="130"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="131"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="303"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="304"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="305"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="306"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="307"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="308"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="309"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="313"/>
        <source>Add Purchase…</source>
        <translation>添加购买记录…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="313"/>
        <source>Add a purchase</source>
        <translation>添加一笔购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="315"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="315"/>
        <source>Edit the purchase</source>
        <translation>编辑这笔购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="318"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="318"/>
        <source>Delete the purchase</source>
        <translation>删除这笔购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="323"/>
        <source>Customer › Purchases</source>
        <translation>客户 › 购买记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="342"/>
        <source>%1 purchases · paid %2 · profit %3</source>
        <translation>%1 笔消费 · 实付 %2 · 利润 %3</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="345"/>
        <source>(cost of goods %1, service %2 for %3 contacts)</source>
        <translation>（商品成本 %1，服务成本 %2，共 %3 次联系）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="352"/>
        <source>(%1 without a cost price, counted as no cost)</source>
        <translation>（%1 笔没有成本价，按零成本计）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="366"/>
        <source>Delete Purchase</source>
        <translation>删除购买记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="368"/>
        <source>Delete the purchase of %1 on %2?</source>
        <translation>要删除 %2 购买的 %1 吗？</translation>
    </message>
</context>
<context>
    <name>QuickFilter</name>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="71"/>
        <source>At risk of leaving</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="72"/>
        <source>Lost or judged lost</source>
        <translation>已流失或判定流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="82"/>
        <source>No staff member</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="86"/>
        <source>%1 (left)</source>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="100"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="101"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="108"/>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="128"/>
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="114"/>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="130"/>
        <source>Open complaint</source>
        <translation>有未解决投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="119"/>
        <source>Any staff</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="124"/>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="126"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="133"/>
        <source>Any segment</source>
        <translation>全部细分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/filters.py" line="137"/>
        <source>Any churn risk</source>
        <translation>全部流失风险</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="73"/>
        <source>Tel: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="74"/>
        <source>Receipt No.: %1</source>
        <translation>单号：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="75"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="76"/>
        <source>Customer: %1</source>
        <translation>顾客：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="77"/>
        <source>Customer: %1 (No. %2)</source>
        <translation>顾客：%1（编号 %2）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="78"/>
        <source>Customer: walk-in</source>
        <translation>顾客：散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="79"/>
        <source>Served by: %1</source>
        <translation>收银员：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="80"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="81"/>
        <source>%1 × %2, discount %3</source>
        <translation>%1 × %2，优惠 %3</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="82"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="83"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="84"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="85"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="86"/>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="87"/>
        <source>Refunded by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="88"/>
        <source>RETURN</source>
        <translation>退货单</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="89"/>
        <source>Return of receipt %1</source>
        <translation>原单号：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="90"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="91"/>
        <source>VOIDED</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="92"/>
        <source>Voided: %1</source>
        <translation>作废时间：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="93"/>
        <source>This sale was voided: this receipt is not valid.</source>
        <translation>此单已作废，本小票无效。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="94"/>
        <source>Thank you for your visit!</source>
        <translation>谢谢惠顾，欢迎再次光临！</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/receipts.py" line="95"/>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="43"/>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="71"/>
        <source>Print Receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="74"/>
        <source>Receipt %1: %2, %3</source>
        <translation>小票 %1：%2，%3</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="82"/>
        <source>%1 mm roll</source>
        <translation>%1 毫米纸卷</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="85"/>
        <source>The system printer (you choose it when printing)</source>
        <translation>系统打印机（打印时选择）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="87"/>
        <source>ESC/POS receipt printer %1</source>
        <translation>ESC/POS 小票打印机 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="91"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="92"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="95"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="97"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="98"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="115"/>
        <source>walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="138"/>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="192"/>
        <source>Save Receipt as PDF</source>
        <translation>将小票另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/receipt_print.py" line="192"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="15"/>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="16"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="17"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="18"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="19"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="20"/>
        <source>Greeting sent</source>
        <translation>已送祝福</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="21"/>
        <source>Note</source>
        <translation>备忘</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="24"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="25"/>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="26"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="27"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="38"/>
        <source>Customer No.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="39"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="40"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="41"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="42"/>
        <source>Phone 2</source>
        <translation>电话 2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="43"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="44"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="45"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="46"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="47"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="48"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="49"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="50"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="51"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="52"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="53"/>
        <source>Family</source>
        <translation>家庭状况</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="54"/>
        <source>Preferences</source>
        <translation>个人喜好</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="55"/>
        <source>Buying habits</source>
        <translation>购买习惯</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="56"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="57"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="58"/>
        <source>May be mailed</source>
        <translation>可以邮寄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="60"/>
        <source>Reason for leaving</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="61"/>
        <source>Left on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="62"/>
        <source>Note on leaving</source>
        <translation>流失说明</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="63"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="64"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="67"/>
        <source>Added</source>
        <translation>建档</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="68"/>
        <source>Moved to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="69"/>
        <source>Restored from the trash</source>
        <translation>从回收站找回</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="70"/>
        <source>Tagged</source>
        <translation>加了标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="71"/>
        <source>Tag removed</source>
        <translation>去掉了标签</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="72"/>
        <source>Merged with a duplicate</source>
        <translation>与重复客户合并</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="73"/>
        <source>Merged into another customer</source>
        <translation>并入另一位客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="74"/>
        <source>Merge undone</source>
        <translation>撤销了合并</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="77"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="78"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="79"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="80"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="81"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="82"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="83"/>
        <source>Natural</source>
        <translation>自然流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="84"/>
        <source>Lost to a competitor</source>
        <translation>被同行抢走</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/record_labels.py" line="85"/>
        <source>Our fault</source>
        <translation>我们的过失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="46"/>
        <source>same customer number</source>
        <translation>客户编号相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="47"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="48"/>
        <source>same name and street</source>
        <translation>姓名和街道相同</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/duplicates_view.py" line="49"/>
        <source>same name and birthday</source>
        <translation>姓名和生日相同</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="52"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="60"/>
        <source>Reminder Done</source>
        <translation>提醒已完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="62"/>
        <source>%1 Reminders Done</source>
        <translation>%1 条提醒已完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="65"/>
        <source>What came of it? (optional, kept in the customer&apos;s timeline)</source>
        <translation>结果如何？（可不填，会记入客户的往来记录）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="72"/>
        <source>Done: %1.</source>
        <translation>已完成：%1 条。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="83"/>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="91"/>
        <source>Snoozed: %1.</source>
        <translation>已推迟：%1 条。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="97"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="104"/>
        <source>Rescheduled to %1.</source>
        <translation>已改到 %1。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="113"/>
        <source>Reminder saved.</source>
        <translation>提醒已保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminder_actions.py" line="118"/>
        <source>Dismissed: %1.</source>
        <translation>已忽略：%1 条。</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="204"/>
        <source>Add Reminder</source>
        <translation>添加提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="204"/>
        <source>Edit Reminder</source>
        <translation>编辑提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="206"/>
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="210"/>
        <source>any time, or 14:30</source>
        <translation>不限时间，或 14:30</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="214"/>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="215"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="216"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="217"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="100"/>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="101"/>
        <source>Festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="102"/>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="103"/>
        <source>New-customer check-in</source>
        <translation>新客户回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="104"/>
        <source>Win back quiet customers</source>
        <translation>挽回久未光顾的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="110"/>
        <source>Birthday of {name} on {when}</source>
        <translation>{name} 的生日在 {when}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="111"/>
        <source>{date} (lunar {lunar})</source>
        <translation>{date}（农历{lunar}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="112"/>
        <source>{festival} on {date}: send {name} greetings</source>
        <translation>{date} {festival}：给 {name} 送上问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="113"/>
        <source>Follow up the complaint of {name} from {date}: {summary}</source>
        <translation>回访 {name} {date} 的投诉：{summary}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="114"/>
        <source>Check in with new customer {name} (first purchase {date})</source>
        <translation>回访新客户 {name}（首次购买 {date}）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="115"/>
        <source>Win back {name}: no purchase since {date}</source>
        <translation>挽回 {name}：自 {date} 起没有购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/rules.py" line="116"/>
        <source>The day has passed</source>
        <translation>日子已过</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="18"/>
        <source>Overdue</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="19"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="20"/>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="21"/>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="22"/>
        <source>Done (recent)</source>
        <translation>最近完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="25"/>
        <source>Call back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="26"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="27"/>
        <source>Festival greeting</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="28"/>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="29"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="30"/>
        <source>Win back</source>
        <translation>挽回客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="31"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="61"/>
        <source>Profit in the last 12 months: %1</source>
        <translation>近 12 个月利润：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="65"/>
        <source>last purchase %1 days ago, usually every %2 days</source>
        <translation>上次购买在 %1 天前，通常每 %2 天买一次</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="68"/>
        <source>last purchase %1 days ago</source>
        <translation>上次购买在 %1 天前</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_model.py" line="503"/>
        <source>… and %1 more: click to show them</source>
        <translation>……还有 %1 条：点击显示</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/repeats.py" line="14"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/repeats.py" line="15"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/repeats.py" line="16"/>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/repeats.py" line="17"/>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/repeats.py" line="18"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/repeats.py" line="19"/>
        <source>Every three months</source>
        <translation>每三个月</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/repeats.py" line="20"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_model.py" line="55"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_model.py" line="56"/>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_model.py" line="57"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_model.py" line="58"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_model.py" line="59"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_model.py" line="60"/>
        <source>Tier</source>
        <translation>利润分层</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_model.py" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="466"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="466"/>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="466"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="466"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="466"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="468"/>
        <source>Add Reminder…</source>
        <translation>添加提醒…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="468"/>
        <source>Add a reminder</source>
        <translation>添加提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="470"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="470"/>
        <source>Edit the reminder</source>
        <translation>编辑这条提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="473"/>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="473"/>
        <source>Done, with what came of it</source>
        <translation>标为完成，并记下结果</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="476"/>
        <source>Snooze…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="476"/>
        <source>Remind me later</source>
        <translation>稍后再提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="479"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="479"/>
        <source>Not needed any more</source>
        <translation>不再需要</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="482"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="482"/>
        <source>Delete the reminder</source>
        <translation>删除这条提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="487"/>
        <source>Customer › Reminders</source>
        <translation>客户 › 提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="513"/>
        <source>%1 open reminders</source>
        <translation>%1 条待办提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="515"/>
        <source>%1 due now</source>
        <translation>%1 条已到期</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="529"/>
        <source>Reminder Done</source>
        <translation>提醒已完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="529"/>
        <source>What came of it? (optional, kept in the timeline)</source>
        <translation>结果如何？（可不填，会记入往来记录）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="543"/>
        <source>Delete Reminder</source>
        <translation>删除提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/customer_records.py" line="544"/>
        <source>Delete the reminder “%1” for good? Dismiss keeps it in the list.</source>
        <translation>彻底删除提醒“%1”吗？选“忽略”则仍保留在列表中。</translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="133"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="137"/>
        <source>Everyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="139"/>
        <source>Customer name or phone</source>
        <translation>客户姓名或手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="145"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="148"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="151"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="157"/>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="512"/>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="158"/>
        <source>Mark the selected reminders done and note what came of it</source>
        <translation>把选中的提醒标为完成，并记下结果</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="160"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="162"/>
        <source>Later Today</source>
        <translation>今天稍后</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="163"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="164"/>
        <source>Next Week</source>
        <translation>下周</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="165"/>
        <source>Pick a Date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="167"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="169"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="171"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="173"/>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="180"/>
        <source>Open Customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="227"/>
        <source>Nothing to do: no reminders match.</source>
        <translation>没有要做的事：没有符合条件的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="117"/>
        <source>To Do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="120"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/reminders_view.py" line="512"/>
        <source>Done (%1)…</source>
        <translation>完成（%1）…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="36"/>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="63"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="44"/>
        <source>Save Rejected Rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="46"/>
        <source>Undo This Import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="65"/>
        <source>Cancel stops the import and leaves your catalogue exactly as it was.</source>
        <translation>取消会停止导入，商品目录保持原样。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="67"/>
        <source>Cancel stops the import and leaves your customers exactly as they were.</source>
        <translation>点“取消”会停止导入，客户资料保持原样。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="68"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="83"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="96"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="98"/>
        <source>Nothing was imported: your catalogue is exactly as it was.</source>
        <translation>没有导入任何内容：商品目录保持原样。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="100"/>
        <source>Nothing was imported: your customers are exactly as they were.</source>
        <translation>没有导入任何内容：客户资料保持原样。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="102"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="103"/>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="111"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="114"/>
        <source>This was import %1. You can undo it here or later under File, Import History.</source>
        <translation>这是第 %1 次导入。可以在这里撤销，以后也可以在“文件 &gt; 导入记录”里撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/import_result_page.py" line="133"/>
        <source>The import was undone.</source>
        <translation>这次导入已撤销。</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="130"/>
        <source>Record Return</source>
        <translation>登记退货</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="131"/>
        <source>Return from Sale %1</source>
        <translation>销售单 %1 退货</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="134"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="134"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="134"/>
        <source>Already back</source>
        <translation>已退</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="134"/>
        <source>Coming back</source>
        <translation>本次退回</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="179"/>
        <source>Space ticks a line; type to change how much of it comes back.</source>
        <translation>按空格勾选一行；直接输入数字可修改退回数量。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="183"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="184"/>
        <source>e.g. wrong size, spoiled</source>
        <translation>例如：尺码不对、变质</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="222"/>
        <source>Tick the lines that come back (Space).</source>
        <translation>请勾选要退回的行（空格键）。</translation>
    </message>
</context>
<context>
    <name>SaleLines</name>
    <message>
        <location filename="../../smallcrm/ui/models/sale_lines.py" line="31"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/sale_lines.py" line="32"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/sale_lines.py" line="33"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/sale_lines.py" line="34"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/sale_lines.py" line="35"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/sale_lines.py" line="36"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/sale_lines.py" line="230"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>SaleView</name>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="91"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="93"/>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="152"/>
        <source>Name, pinyin or phone</source>
        <translation>姓名、拼音或手机号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="154"/>
        <source>Find the customer as in the Customers area; Enter with nothing typed: a walk-in customer</source>
        <translation>与客户页一样查找客户；不输入直接回车：散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="165"/>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="166"/>
        <source>Sell to a walk-in customer (散客) instead</source>
        <translation>改为卖给散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="172"/>
        <source>Scan a barcode, or type a name or its initials; 2*… sells two; Enter with nothing saves</source>
        <translation>扫条码，或输入品名、拼音首字母；2*… 表示两件；空着按回车即结账</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="186"/>
        <source>No products in the catalogue yet. Add them in the catalogue (Products menu) or with “smallcrm product add”; meanwhile type what you sell, press Enter, then type its price.</source>
        <translation>商品目录里还没有商品。可以在商品目录（“商品”菜单）里添加，或用命令“smallcrm product add”；在此之前，输入所卖的东西，按回车，再输入价格即可。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="230"/>
        <source>Anything to remember about this sale</source>
        <translation>这笔销售要记下的事</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="235"/>
        <source>Customer (F3)</source>
        <translation>客户 (F3)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="241"/>
        <source>Product (F4)</source>
        <translation>商品 (F4)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="248"/>
        <source>Discount (F6)</source>
        <translation>整单优惠 (F6)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="249"/>
        <source>Payment (F7)</source>
        <translation>付款方式 (F7)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="250"/>
        <source>Staff (F8)</source>
        <translation>店员 (F8)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="259"/>
        <source>Note (F9)</source>
        <translation>备注 (F9)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="262"/>
        <source>Save Sale (Enter)</source>
        <translation>结账 (Enter)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="265"/>
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="268"/>
        <source>Remove Line (Del)</source>
        <translation>删除此行 (Del)</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="275"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="354"/>
        <source>&amp;Return…</source>
        <translation>退货(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="355"/>
        <source>Goods of the selected sale come back; the money goes back</source>
        <translation>选中的销售有商品退回，并退还货款</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="357"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="358"/>
        <source>The selected sale should not have been recorded: keep it, marked voided</source>
        <translation>选中的销售本不该记：保留记录，标为作废</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="360"/>
        <source>Rec&amp;eipt…</source>
        <translation>小票(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="361"/>
        <source>Print the selected sale&apos;s receipt, or save it as a PDF (Ctrl+P)</source>
        <translation>打印所选销售的小票，或存为 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="383"/>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="724"/>
        <source>Sale</source>
        <translation>收银</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="405"/>
        <source>Find Customer for the Sale</source>
        <translation>为这笔销售查找客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="407"/>
        <source>Product Box</source>
        <translation>商品输入框</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="408"/>
        <source>Sale Discount</source>
        <translation>整单优惠</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="409"/>
        <source>Payment Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="410"/>
        <source>Staff Member</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="411"/>
        <source>Sale Note</source>
        <translation>销售备注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="413"/>
        <source>Save Sale</source>
        <translation>结账</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="416"/>
        <source>Remove Line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="419"/>
        <source>Print Receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="435"/>
        <source>(nobody)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="490"/>
        <source>Nobody found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="526"/>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="554"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="583"/>
        <source>Type or scan a product after the quantity.</source>
        <translation>请在数量后面输入或扫描商品。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="591"/>
        <source>No product has the barcode %1; add it to the catalogue, or type its name.</source>
        <translation>没有条码为 %1 的商品；请先加入商品目录，或输入品名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="676"/>
        <source>Lines: %1</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="678"/>
        <source>before discount %1</source>
        <translation>优惠前 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="702"/>
        <source>Scan or type a product first; Enter in the empty box then saves the sale.</source>
        <translation>请先扫描或输入商品；之后在空的输入框里按回车即可结账。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="731"/>
        <source>Saved sale %1: %2, %3, %4</source>
        <translation>已记下销售 %1：%2，%3，%4</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="770"/>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="776"/>
        <source>Clear Sale</source>
        <translation>清空本单</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="772"/>
        <source>Clear the sale in progress (%1 lines, %2)? Nothing of it is stored.</source>
        <translation>清空正在录入的这一单（%1 行，%2）吗？这一单不会保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="786"/>
        <source>Sale cleared; nothing was stored.</source>
        <translation>已清空本单，没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="843"/>
        <source>Sales today: %1 · takings %2</source>
        <translation>今日销售 %1 笔 · 实收 %2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="872"/>
        <source>%1: %2 × %3 = %4</source>
        <translation>%1：%2 × %3 = %4</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="879"/>
        <source>(%1 back)</source>
        <translation>（已退 %1）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="883"/>
        <source>Staff: %1</source>
        <translation>店员：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="885"/>
        <source>Discount: %1</source>
        <translation>优惠：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="887"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="889"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="891"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="944"/>
        <source>Recorded return %1: %2 back</source>
        <translation>已登记退货 %1：退款 %2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/sale_view.py" line="952"/>
        <source>Voided sale %1: %2</source>
        <translation>已作废销售 %1：%2</translation>
    </message>
</context>
<context>
    <name>SameRoundQuestion</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_round.py" line="20"/>
        <source>sent on %1</source>
        <translation>已于 %1 寄出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_round.py" line="22"/>
        <source>not sent yet</source>
        <translation>尚未寄出</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_round.py" line="25"/>
        <source>New Mailing</source>
        <translation>新建寄送</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_round.py" line="27"/>
        <source>There is already a mailing for this occasion: %1 (made on %2, %3 recipients, %4).</source>
        <translation>这个场合已经有一次寄送：%1（%2 建立，%3 位收件人，%4）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_round.py" line="33"/>
        <source>A second mailing would send the same customers another card.</source>
        <translation>再建一次会给同样的客户再寄一张贺卡。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_round.py" line="34"/>
        <source>Open It</source>
        <translation>打开它</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_round.py" line="35"/>
        <source>Start Another</source>
        <translation>再建一次</translation>
    </message>
</context>
<context>
    <name>SearchCount</name>
    <message>
        <location filename="../../smallcrm/ui/widgets/search_count.py" line="40"/>
        <source>%1 found</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/search_count.py" line="54"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/search_count.py" line="59"/>
        <source>Phone ending %1: %2</source>
        <translation>尾号 %1 的电话：%2 位</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/search_count.py" line="64"/>
        <source> · other matches: %1, mostly %2</source>
        <translation> · 其他匹配：%1 位，多为%2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/search_count.py" line="66"/>
        <source> · other matches: %1 (%2)</source>
        <translation> · 其他匹配：%1 位（%2）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/widgets/search_count.py" line="67"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SearchMatch</name>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="219"/>
        <source>phone ending</source>
        <translation>电话尾号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="220"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="221"/>
        <source>customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="222"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="223"/>
        <source>postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="224"/>
        <source>street</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="225"/>
        <source>province, city or district</source>
        <translation>省市区</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="226"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="227"/>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/search.py" line="228"/>
        <source>pinyin or initials</source>
        <translation>拼音或首字母</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../smallcrm/domain/analysis/churn.py" line="141"/>
        <source>Too little history for the model ({buyers} customers have bought, {repeaters} came back; it needs {min_buyers} and {min_repeaters}): simple rules are used.</source>
        <translation>历史数据太少，模型用不上（{buyers} 位客户买过，{repeaters} 位回头；需要 {min_buyers} 和 {min_repeaters} 位）：改用简单规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/churn.py" line="150"/>
        <source>The model could not be fitted to this history: simple rules are used.</source>
        <translation>模型无法拟合这些历史数据：改用简单规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="33"/>
        <source>Profit tier</source>
        <translation>利润分层</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="34"/>
        <source>RFM group</source>
        <translation>RFM 分组</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="35"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="36"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="37"/>
        <source>Lifecycle stage</source>
        <translation>客户发展阶段</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="38"/>
        <source>Churn status</source>
        <translation>流失状态</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="39"/>
        <source>Saved segment</source>
        <translation>已存的客户群</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="34"/>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="46"/>
        <source>High profit</source>
        <translation>高利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="35"/>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="47"/>
        <source>Medium profit</source>
        <translation>中等利润</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="36"/>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="48"/>
        <source>No profit</source>
        <translation>无收益</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/reminder_labels.py" line="37"/>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="49"/>
        <source>Loss-making</source>
        <translation>亏损</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="52"/>
        <source>Champions</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="53"/>
        <source>Loyal customers</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="54"/>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="55"/>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="77"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="56"/>
        <source>Promising</source>
        <translation>有潜力</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="57"/>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="58"/>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="59"/>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="82"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="60"/>
        <source>Can&apos;t lose them</source>
        <translation>不能流失的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="61"/>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="64"/>
        <source>Under 25</source>
        <translation>25 岁以下</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="65"/>
        <source>25 to 34</source>
        <translation>25 到 34 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="66"/>
        <source>35 to 44</source>
        <translation>35 到 44 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="67"/>
        <source>45 to 54</source>
        <translation>45 到 54 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="68"/>
        <source>55 to 64</source>
        <translation>55 到 64 岁</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="69"/>
        <source>65 and over</source>
        <translation>65 岁及以上</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="70"/>
        <source>Age unknown</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="74"/>
        <source>Long-term customers</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="75"/>
        <source>Retained customers</source>
        <translation>留住客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="76"/>
        <source>Satisfied customers</source>
        <translation>满意客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="78"/>
        <source>Potential customers</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="125"/>
        <source>The monthly income band chosen in each customer&apos;s profile; any other text written there counts as other income.</source>
        <translation>客户档案中所选的月收入档次；档案中填写的其他文字一律计为“其他收入”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="130"/>
        <source>Potential customers: have not bought yet. New customers: one purchase day, no good feedback yet. Satisfied customers: came back for a second purchase day, or gave a satisfaction score of 4 or 5. Retained customers: at least 3 purchase days, one of them in the last 12 months, and not unhappy (latest score 1 or 2, or a complaint still open). Long-term customers: retained, first purchase at least 24 months ago and at least 6 purchase days. A customer who stops buying falls back to satisfied and shows up as at risk or lost.</source>
        <translation>潜在客户：还没买过。新客户：只有一个购买日，还没有好评。满意客户：又来买过（有第二个购买日），或给了 4 分或 5 分的满意度。留住客户：至少 3 个购买日，其中一个在最近 12 个月内，而且没有不满（最近评分 1 或 2 分，或有未解决的投诉）。老客户：已留住，首次购买至少在 24 个月前，且至少 6 个购买日。不再购买的客户会退回“满意客户”，并显示为有流失风险或已流失。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="81"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="83"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="88"/>
        <source>Income not recorded</source>
        <translation>收入未记录</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="92"/>
        <source>Natural (moved away, no longer needs it)</source>
        <translation>自然流失（搬走了、不再需要）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="93"/>
        <source>Lost to a competitor</source>
        <translation>被同行抢走</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="94"/>
        <source>Our fault (price, quality, service)</source>
        <translation>我们的过失（价格、质量、服务）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="95"/>
        <source>Marked lost, no reason given</source>
        <translation>标为流失，未写原因</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="96"/>
        <source>Stopped buying (model)</source>
        <translation>不再购买（模型判断）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="97"/>
        <source>No purchase for too long</source>
        <translation>太久没有购买</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="104"/>
        <source>Profit over the analysis window (default the last 12 months) = what the customer paid − the cost of the goods − the service cost setting for every visit, call, message, complaint, feedback or greeting (a simple activity-based costing). Loss-making: below zero. No profit: from zero up to the no-profit setting. The others are ranked by profit: the best ones, who together make the high-profit share (default 80 %) of their profit, are high profit; the rest medium profit.</source>
        <translation>分析期内（默认最近 12 个月）的利润 = 客户实付 − 商品成本 − 每次到店、电话、消息、投诉、反馈或问候按设置计的服务成本（简单的作业成本法）。亏损：低于零。无收益：从零到“无收益”设置之间。其余按利润排序：最好的那些客户合起来占利润的高利润份额（默认 80%），算高利润；其余算中等利润。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="112"/>
        <source>RFM scores customers who have bought from 1 to 5 on recency (days since the last purchase day), frequency (purchase days) and monetary value (total spend): 1 + ⌊5 × the share of customers with a worse value⌋, so equal values get equal scores. The group follows the recency score and the average of the frequency and monetary scores: Champions 5/4–5, Loyal 3–4/4–5, Potential loyalists 4–5/2–3, New customers 5/1, Promising 4/1, Need attention 3/3, About to sleep 3/1–2, At risk 1–2/3–4, Can&apos;t lose them 1–2/5, Hibernating 1–2/1–2.</source>
        <translation>RFM 给买过东西的客户在最近一次消费（距最后购买日的天数）、消费频率（购买天数）和消费金额（总消费）上各打 1 到 5 分：1 + ⌊5 × 比他差的客户所占比例⌋，所以数值相同分数也相同。分组按最近一次消费的分数和频率、金额两项的平均分：重要价值客户 5/4–5，忠诚客户 3–4/4–5，潜在忠诚客户 4–5/2–3，新客户 5/1，有潜力 4/1，需要关注 3/3，即将沉睡 3/1–2，有流失风险 1–2/3–4，不能流失的客户 1–2/5，沉睡客户 1–2/1–2。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="121"/>
        <source>Age in completed years on the analysis day, from birthdays with a year; lunar birthdays count lunar years.</source>
        <translation>按分析日的周岁计算，只算有年份的生日；农历生日按农历年算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="139"/>
        <source>At risk: a customer who came back before and whose chance of still buying is below the at-risk setting. Lost (churned): marked so by you, with a reason, or a chance below the lost setting. Customers who bought only once are judged by the days since that purchase.</source>
        <translation>有流失风险：以前回头过、但仍会购买的可能性低于“有流失风险”设置的客户。已流失：您标记为流失并写了原因的，或可能性低于“已流失”设置的。只买过一次的客户按距那次购买的天数判断。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="145"/>
        <source>The chance that a customer still buys, their expected purchases and lifetime value come from the BG/NBD and Gamma-Gamma models, fitted to all your customers&apos; purchase days (several purchases on one day count once; the first purchase day is not a repeat). Lifetime value is the expected spend over the coming months, discounted.</source>
        <translation>客户仍会购买的可能性、预计购买次数和终身价值来自 BG/NBD 和 Gamma-Gamma 模型，按全部客户的购买日拟合（同一天的多笔购买算一次；第一个购买日不算回头）。终身价值是今后几个月的预计消费，按折现计算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="152"/>
        <source>Too little purchase history for the model: at risk and lost follow the days since the last purchase, expected purchases the customer&apos;s own past rate.</source>
        <translation>购买历史太少，模型用不上：有流失风险和已流失按距最后购买的天数判断，预计购买次数按客户自己过去的频率估计。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="157"/>
        <source>A purchase day is a calendar day with at least one purchase of a positive amount; several purchases on one day count once. Everything up to and including the analysis day is used, nothing after it.</source>
        <translation>购买日是至少有一笔正金额购买的日子；同一天的多笔购买算一次。只用到分析日为止（含当天）的数据，之后的不算。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/incomes.py" line="20"/>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../smallcrm/settings.py" line="34"/>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="35"/>
        <source>Shop address</source>
        <translation>店铺地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="36"/>
        <source>Shop postcode</source>
        <translation>店铺邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="37"/>
        <source>Shop phone</source>
        <translation>店铺电话</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="38"/>
        <source>Default phone region</source>
        <translation>默认电话所属地区</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="39"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="40"/>
        <source>Language (empty: follow the system)</source>
        <translation>语言（留空则跟随系统）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="41"/>
        <source>Prefix of new customer numbers</source>
        <translation>新客户编号前缀</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="42"/>
        <source>Search index version</source>
        <translation>搜索索引版本</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="49"/>
        <source>Second folder for automatic backups, such as a USB drive (empty: none)</source>
        <translation>自动备份的第二个文件夹，例如 U 盘（留空：不用）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="52"/>
        <source>Remind me of birthdays</source>
        <translation>提醒我客户生日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="53"/>
        <source>Days before a birthday to remind me</source>
        <translation>生日前几天提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="54"/>
        <source>Remind me to send festival greetings</source>
        <translation>提醒我节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="55"/>
        <source>Days before a festival to remind me</source>
        <translation>节日前几天提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="60"/>
        <source>Customers to greet at festivals (all, or tag:NAME)</source>
        <translation>节日问候哪些客户（all 表示全部，或 tag:标签名）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="66"/>
        <source>Traditional festivals to greet customers on</source>
        <translation>要问候客户的传统节日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="69"/>
        <source>Remind me to follow up open complaints</source>
        <translation>提醒我回访未解决的投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="72"/>
        <source>Days after a complaint to follow it up</source>
        <translation>投诉后几天回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="75"/>
        <source>Remind me to check in with new customers</source>
        <translation>提醒我回访新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="78"/>
        <source>Days after a first purchase to check in</source>
        <translation>首次购买后几天回访</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="81"/>
        <source>Remind me of customers who stopped buying</source>
        <translation>提醒我久未光顾的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="87"/>
        <source>Remind me after this many of a customer&apos;s usual purchase intervals</source>
        <translation>超过客户平时购买间隔的几倍后提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="93"/>
        <source>Days a missed check-in or win-back reminder is still made</source>
        <translation>错过的回访或挽回提醒在几天内仍会补建</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="100"/>
        <source>Months of purchases that decide profit tiers</source>
        <translation>按最近几个月的购买划分利润层次</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="106"/>
        <source>Cost of serving a customer once (a visit, call, message...), in fen</source>
        <translation>服务客户一次（到店、电话、消息……）的成本，单位：分</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="112"/>
        <source>High-profit customers are the best ones making this share of profit (%)</source>
        <translation>高利润客户是占利润这一比例（%）的最好的那些客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="118"/>
        <source>Profit up to this many fen counts as no profit</source>
        <translation>利润不超过这么多分算无收益</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="124"/>
        <source>At risk below this chance (%) that a customer is still buying</source>
        <translation>仍会购买的可能性低于这个比例（%）算有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="130"/>
        <source>Lost below this chance (%) that a customer is still buying</source>
        <translation>仍会购买的可能性低于这个比例（%）算已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="136"/>
        <source>Too little history: at risk after this many days without a purchase</source>
        <translation>历史太少时：这么多天没有购买算有流失风险</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="142"/>
        <source>Too little history: lost after this many days without a purchase</source>
        <translation>历史太少时：这么多天没有购买算已流失</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="146"/>
        <source>Receipt paper width (58 or 80 mm)</source>
        <translation>小票纸宽（58 或 80 毫米）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="151"/>
        <source>Receipt printer (empty: the system printer; ESC/POS: usb:VID:PID or network:HOST[:PORT])</source>
        <translation>小票打印机（留空：系统打印机；ESC/POS 打印机：usb:VID:PID 或 network:主机[:端口]）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="155"/>
        <source>Months ahead that lifetime value counts</source>
        <translation>终身价值往后算几个月</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="161"/>
        <source>Commission rules: a percentage of sales or of profit per staff member or category</source>
        <translation>提成规则：按员工或分类，取销售额或毛利的百分比</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="169"/>
        <source>Yearly discount rate for lifetime value (%)</source>
        <translation>终身价值的年折现率（%）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="62"/>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="64"/>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="76"/>
        <source>%1: %2</source>
        <comment>a segment: its dimension and its name</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="94"/>
        <source>%1 (no customer has it yet)</source>
        <translation>%1（还没有客户带这个标签）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="123"/>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="231"/>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="236"/>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="244"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="125"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="126"/>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="127"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="128"/>
        <source>Receipts</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="129"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="161"/>
        <source>Amounts are shown with this currency&apos;s symbol, such as ¥ for CNY.</source>
        <translation>金额前显示这种货币的符号，例如人民币（CNY）显示 ¥。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="163"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="166"/>
        <source>A new language applies the next time SmallCRM starts.</source>
        <translation>换了语言后，下次启动 SmallCRM 时生效。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="169"/>
        <source>The shop&apos;s name, address and phone are the sender on envelopes and cards.</source>
        <translation>店名、地址和电话会作为寄件人印在信封和贺卡上。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="173"/>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="174"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="175"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="176"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="177"/>
        <source>Phone numbers without a country code are from</source>
        <translation>没有国家区号的电话号码属于</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="178"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="179"/>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="253"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="231"/>
        <source>The phone region is a two-letter country code, such as CN.</source>
        <translation>电话所属地区是两个字母的国家代码，例如 CN。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="236"/>
        <source>The currency is a three-letter code, such as CNY or HKD.</source>
        <translation>货币用三个字母的代码表示，例如 CNY 或 HKD。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="254"/>
        <source>The new language applies the next time you start SmallCRM.</source>
        <translation>新的语言会在您下次启动 SmallCRM 时生效。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="269"/>
        <source>SmallCRM makes these reminders by itself when it starts and every day while it runs. Each is made once: switching a rule off keeps the reminders it has made.</source>
        <translation>SmallCRM 在启动时以及运行期间每天自动生成这些提醒。每条只生成一次：关闭某项规则不会删除它已生成的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="317"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="319"/>
        <source>Birthdays (solar or lunar)</source>
        <translation>生日提醒（公历或农历）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="320"/>
        <source>Festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="321"/>
        <source>Follow up open complaints</source>
        <translation>回访未解决的投诉</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="322"/>
        <source>Check in with new customers</source>
        <translation>回访新客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="323"/>
        <source>Win back customers who stopped buying</source>
        <translation>挽回不再购买的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="330"/>
        <source> × their usual interval</source>
        <translation> 倍平时购买间隔</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="339"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="340"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="341"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="285"/>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="287"/>
        <source>Remind me ahead by</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="288"/>
        <source>Customers to greet</source>
        <translation>问候哪些客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="289"/>
        <source>Festivals</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="291"/>
        <source>After the complaint, every</source>
        <translation>投诉后每隔</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="293"/>
        <source>After the first purchase</source>
        <translation>首次购买后</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="295"/>
        <source>When quiet for</source>
        <translation>未光顾达到</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="296"/>
        <source>Still make a missed check-in or win-back for</source>
        <translation>错过的回访或挽回提醒仍补发</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="374"/>
        <source>SmallCRM backs up the shop each time it closes, into %1, and keeps the newest backup of each of the last 7 days and 4 weeks.</source>
        <translation>SmallCRM 每次关闭时都会把店铺备份到 %1，并保留最近 7 天和最近 4 周中每天、每周最新的一份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="382"/>
        <source>A backup on this computer&apos;s own disk is lost with the disk. Choose a second folder, such as one on a USB drive, and each automatic backup is copied there too whenever the folder is there (a drive that is not plugged in is skipped).</source>
        <translation>备份如果只存在这台电脑的硬盘上，硬盘坏了备份也就没了。选一个第二文件夹（例如 U 盘上的），每次自动备份时只要这个文件夹在，就会再复制一份过去（U 盘没插上时会跳过）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="390"/>
        <source>No second folder</source>
        <translation>不使用第二文件夹</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="393"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="402"/>
        <source>Second folder</source>
        <translation>第二文件夹</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="413"/>
        <source>Second Folder for Backups</source>
        <translation>备份的第二文件夹</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="426"/>
        <source>Give the folder&apos;s full path, or choose it.</source>
        <translation>请填写文件夹的完整路径，或点“选择…”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="428"/>
        <source>The folder is not there now (is the drive plugged in?); the next copy waits for it.</source>
        <translation>现在找不到这个文件夹（U 盘插上了吗？）；下一次复制会等它出现。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="432"/>
        <source>The latest copy there was made on %1.</source>
        <translation>那里最新的一份备份是 %1 复制的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="434"/>
        <source>The next automatic backup will be copied there.</source>
        <translation>下一次自动备份会复制到那里。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="448"/>
        <source>Receipts print on a roll of this width, as long as the receipt. Through the system printer you choose the printer when printing; a thermal receipt printer that speaks ESC/POS can be reached directly, without a driver.</source>
        <translation>小票打印在这个宽度的纸卷上，长度随内容而定。使用系统打印机时，打印时再选择打印机；支持 ESC/POS 的热敏小票打印机可以直接连接，无需驱动。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="457"/>
        <source>%1 mm</source>
        <translation>%1 毫米</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="459"/>
        <source>The system printer</source>
        <translation>系统打印机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="460"/>
        <source>ESC/POS printer on USB</source>
        <translation>USB 连接的 ESC/POS 打印机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="461"/>
        <source>ESC/POS printer on the network</source>
        <translation>网络连接的 ESC/POS 打印机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="469"/>
        <source>Paper width</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="470"/>
        <source>Print receipts on</source>
        <translation>小票打印到</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="471"/>
        <source>Printer address</source>
        <translation>打印机地址</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="480"/>
        <source>No address needed.</source>
        <translation>无需填写地址。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="482"/>
        <source>The printer&apos;s vendor and product id in hex, as lsusb or the Device Manager shows them, such as 0416:5011.</source>
        <translation>打印机的厂商 ID 和产品 ID（十六进制，lsusb 或设备管理器中显示的），例如 0416:5011。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="485"/>
        <source>The printer&apos;s IP address or name, and its port if not 9100, such as 192.168.1.87.</source>
        <translation>打印机的 IP 地址或名称；端口不是 9100 时请加上端口，例如 192.168.1.87。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="486"/>
        <source>The printer&apos;s device file, such as /dev/usb/lp0.</source>
        <translation>打印机的设备文件，例如 /dev/usb/lp0。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="498"/>
        <source>ESC/POS printer behind a device file</source>
        <translation>通过设备文件连接的 ESC/POS 打印机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="517"/>
        <source>Each customer can have a staff member responsible for them. When someone leaves, deactivate them and hand their customers to another (select the customers, Assign Staff): the shop keeps every customer and their history.</source>
        <translation>每位客户都可以有一位负责的店员。有人离职时，把他设为离职，再把他的客户交给别人（选中这些客户，点“指定负责人”）：客户和往来记录都留在店里。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="525"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="527"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="529"/>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="565"/>
        <source>Deactivate</source>
        <translation>设为离职</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="547"/>
        <source>%1 — customers: %2</source>
        <translation>%1 — 负责 %2 位客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="549"/>
        <source>(left)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="565"/>
        <source>Reactivate</source>
        <translation>恢复在职</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="568"/>
        <source>Add Staff Member</source>
        <translation>添加店员</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="568"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="576"/>
        <source>Rename Staff Member</source>
        <translation>店员改名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/settings_dialog.py" line="576"/>
        <source>New name:</source>
        <translation>新名字：</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="32"/>
        <source>Custom Label Sheet</source>
        <translation>自定义标签纸</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="36"/>
        <source>e.g. Stationery shop 3x7</source>
        <translation>例如 文具店 3x7</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="38"/>
        <source>Other size</source>
        <translation>其他尺寸</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="60"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="61"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="62"/>
        <source>Page width:</source>
        <translation>纸宽：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="63"/>
        <source>Page height:</source>
        <translation>纸高：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="64"/>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="65"/>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="66"/>
        <source>Label width:</source>
        <translation>标签宽：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="67"/>
        <source>Label height:</source>
        <translation>标签高：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="68"/>
        <source>Top margin (to the first label):</source>
        <translation>上边距（到第一张标签）：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="69"/>
        <source>Left margin (to the first label):</source>
        <translation>左边距（到第一张标签）：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="70"/>
        <source>Across, label to label:</source>
        <translation>横向间距（标签到标签）：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="71"/>
        <source>Down, label to label:</source>
        <translation>纵向间距（标签到标签）：</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/mailing_sheet_dialog.py" line="84"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
</context>
<context>
    <name>ShopToday</name>
    <message>
        <location filename="../../smallcrm/ui/views/shop_today.py" line="59"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/shop_today.py" line="78"/>
        <source>Reminders to do today</source>
        <translation>今天要办的提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/shop_today.py" line="78"/>
        <source>Open Reminders</source>
        <translation>打开提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/shop_today.py" line="81"/>
        <source>Birthdays this month</source>
        <translation>本月过生日的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/shop_today.py" line="82"/>
        <location filename="../../smallcrm/ui/views/shop_today.py" line="88"/>
        <source>List Them</source>
        <translation>在列表中查看</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/shop_today.py" line="87"/>
        <source>Customers with an open complaint</source>
        <translation>有未解决投诉的客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/shop_today.py" line="109"/>
        <source>Select a customer in the list to see their details here; Enter opens them.</source>
        <translation>在列表中选中一位客户，这里会显示其详细资料；按 Enter 打开。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/views/shop_today.py" line="168"/>
        <source>Reminders to do today (%1 of them overdue)</source>
        <translation>今天要办的提醒（其中 %1 条已过期）</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="236"/>
        <source>Snooze Reminder</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/record_dialogs.py" line="239"/>
        <source>Remind me on</source>
        <translation>改到哪天提醒</translation>
    </message>
</context>
<context>
    <name>StaffSalesDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="44"/>
        <source>Returns taken by %1 in %2</source>
        <translation>%1 在 %2 经手的退货</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="44"/>
        <source>Sales by %1 in %2</source>
        <translation>%1 在 %2 的销售</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="48"/>
        <source>Reading the sales…</source>
        <translation>正在读取销售…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="52"/>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="52"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="52"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="52"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="52"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="53"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="64"/>
        <source>Double-click a sale to a customer to list that customer.</source>
        <translation>双击一笔会员销售可列出该客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="86"/>
        <source>The sales could not be read.</source>
        <translation>无法读取销售记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="90"/>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="106"/>
        <source>%1 receipts, %2 in all.</source>
        <translation>共 %1 张小票，合计 %2。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/staff_sales_dialog.py" line="113"/>
        <source>Sale %1</source>
        <translation>销售 %1</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="46"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="48"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="48"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="48"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="48"/>
        <source>Moved to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="65"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="67"/>
        <source>Delete for Good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="69"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="100"/>
        <source>In the trash: %1. Restore brings a customer back with everything they had.</source>
        <translation>回收站里有 %1 位客户。恢复后客户的全部资料都会回来。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="104"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="132"/>
        <source>Delete for Good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/trash.py" line="134"/>
        <source>Delete the selected customers (%1) for good, with their purchases, contacts and reminders? This cannot be undone.</source>
        <translation>要彻底删除选中的客户（%1 位）以及他们的购买、往来记录和提醒吗？删除后无法恢复。</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../smallcrm/errors.py" line="74"/>
        <source>file {file}</source>
        <translation>文件 {file}</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="75"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="76"/>
        <source>column {column}</source>
        <translation>{column} 列</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="77"/>
        <source>{message} ({where}).</source>
        <translation>{message}（{where}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/errors.py" line="78"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/birthdays.py" line="174"/>
        <source>{value} is not a valid date.</source>
        <translation>{value} 不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/birthdays.py" line="234"/>
        <source>{value} has an impossible year for a birthday.</source>
        <translation>{value} 中的年份不可能是出生年份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/birthdays.py" line="254"/>
        <source>{value} is in the future.</source>
        <translation>{value} 是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/commands.py" line="47"/>
        <source>A customer with this phone number or customer number already exists: {name} (id {id}).</source>
        <translation>已有客户使用这个手机号或客户编号：{name}（ID {id}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/fields.py" line="123"/>
        <source>The text is longer than {limit} characters.</source>
        <translation>文字超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/yes_no.py" line="23"/>
        <source>{value} is not yes or no.</source>
        <translation>{value} 不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/fields.py" line="137"/>
        <location filename="../../smallcrm/domain/customers/staff.py" line="44"/>
        <location filename="../../smallcrm/domain/customers/staff.py" line="81"/>
        <location filename="../../smallcrm/domain/mailing/recipients.py" line="72"/>
        <location filename="../../smallcrm/domain/reminders/queries.py" line="415"/>
        <location filename="../../smallcrm/settings.py" line="342"/>
        <source>There is no staff member {value}.</source>
        <translation>没有员工 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/fields.py" line="160"/>
        <source>There is no customer field {field}.</source>
        <translation>客户资料中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/genders.py" line="23"/>
        <source>{value} is not a gender (M or F).</source>
        <translation>{value} 不是性别（男或女）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/fields.py" line="185"/>
        <source>{value} is not active or churned.</source>
        <translation>{value} 不是“活跃”或“已流失”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/fields.py" line="192"/>
        <source>{value} is not natural, competitive or fault.</source>
        <translation>{value} 不是“自然流失”“竞争流失”或“过失流失”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/lookup.py" line="31"/>
        <source>Customer {id} ({name}) is in the trash; restore it first (Customers ▸ Trash in the window, or: smallcrm customer restore {id}).</source>
        <translation>客户 {id}（{name}）在回收站里，请先找回（窗口里的“客户 ▸ 回收站”，或命令 smallcrm customer restore {id}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/commands.py" line="230"/>
        <location filename="../../smallcrm/domain/customers/lookup.py" line="50"/>
        <location filename="../../smallcrm/domain/customers/lookup.py" line="126"/>
        <source>There is no customer with id {id}.</source>
        <translation>没有 ID 为 {id} 的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/fields.py" line="231"/>
        <source>A customer needs at least a name or a phone number.</source>
        <translation>客户至少要有姓名或手机号。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/commands.py" line="94"/>
        <source>The customer number cannot be empty.</source>
        <translation>客户编号不能为空。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/commands.py" line="147"/>
        <source>The tag name is empty.</source>
        <translation>标签名是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/commands.py" line="335"/>
        <source>Customer {id} is not in the trash; move it to the trash first.</source>
        <translation>客户 {id} 不在回收站里；请先把它移入回收站。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/bulk.py" line="90"/>
        <source>The customer number {value} is already in use.</source>
        <translation>客户编号 {value} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/dates.py" line="32"/>
        <source>{value} is not a valid date; write it as 2024-03-01.</source>
        <translation>{value} 不是有效的日期；请写成 2024-03-01 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/dates.py" line="59"/>
        <source>{value} is not a valid time; write it as 14:30.</source>
        <translation>{value} 不是有效的时间；请写成 14:30 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="151"/>
        <source>There is no customer field {field} to choose in a merge.</source>
        <translation>合并时没有可选的客户资料项“{field}”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="156"/>
        <source>The choice for {field} must be keep or other, not {value}.</source>
        <translation>“{field}”的选择只能是 keep（保留这位的）或 other（用另一位的），不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="167"/>
        <source>Customer {id} is in the trash; restore it before merging.</source>
        <translation>客户 {id} 在回收站里；合并前请先恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="180"/>
        <source>Customers {a} ({a_name}) and {b} ({b_name}) share no phone number, customer number, or name with the same birthday or address: they look like two different people.</source>
        <translation>客户 {a}（{a_name}）和 {b}（{b_name}）没有相同的电话、客户编号，也没有同名且生日或地址相同：看起来是两个不同的人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="280"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能和自己合并。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="387"/>
        <source>There is no merge with id {id}.</source>
        <translation>没有 ID 为 {id} 的合并记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="389"/>
        <source>Merge {id} has already been undone.</source>
        <translation>合并记录 {id} 已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="401"/>
        <source>Customer {id} has since been merged into customer {into}; undo that merge first.</source>
        <translation>客户 {id} 后来又被合并到了客户 {into}；请先撤销那次合并。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="409"/>
        <source>Customer {id} has been moved to the trash since the merge; restore it before undoing the merge.</source>
        <translation>合并之后客户 {id} 被移入了回收站；撤销合并前请先恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="417"/>
        <source>Customer {id} has been restored from the trash since the merge, so the merge cannot be undone.</source>
        <translation>合并之后客户 {id} 已从回收站恢复，因此这次合并无法撤销。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/duplicates.py" line="367"/>
        <source>A customer cannot be a duplicate of itself.</source>
        <translation>客户不能与自己重复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/merge.py" line="495"/>
        <source>Customer number {number} is now used by customer {id}, so the merge cannot be undone; change that customer&apos;s number first.</source>
        <translation>客户编号 {number} 现在被客户 {id} 使用，因此合并无法撤销；请先修改那位客户的编号。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/interactions.py" line="31"/>
        <source>{value} is not a kind of interaction ({kinds}).</source>
        <translation>{value} 不是一种互动类型（{kinds}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/interactions.py" line="47"/>
        <source>Satisfaction is a score from 1 to 5, not {value}.</source>
        <translation>满意度是 1 到 5 的评分，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/interactions.py" line="59"/>
        <source>{value} is not open or resolved.</source>
        <translation>{value} 不是“待处理”或“已解决”。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/interactions.py" line="64"/>
        <source>There is no interaction field {field}.</source>
        <translation>互动记录中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/interactions.py" line="74"/>
        <source>Say what kind of interaction this was.</source>
        <translation>请说明这是哪种互动。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/interactions.py" line="87"/>
        <source>There is no interaction with id {id}.</source>
        <translation>没有 ID 为 {id} 的互动记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/money.py" line="19"/>
        <location filename="../../smallcrm/domain/values/money.py" line="27"/>
        <location filename="../../smallcrm/domain/values/money.py" line="32"/>
        <location filename="../../smallcrm/domain/values/money.py" line="35"/>
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是金额。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/money.py" line="40"/>
        <source>{value} has more than two decimal places.</source>
        <translation>{value} 的小数超过了两位。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/money.py" line="47"/>
        <source>{value} is too large an amount.</source>
        <translation>金额 {value} 太大了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/phones.py" line="79"/>
        <source>The phone number {value} is in scientific notation, so its last digits are lost; type it again or format the column as text.</source>
        <translation>手机号 {value} 是科学计数法格式，末尾几位数字已经丢失；请重新输入，或把这一列设置为文本格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/phones.py" line="91"/>
        <source>{value} is not a phone number.</source>
        <translation>{value} 不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/phones.py" line="115"/>
        <source>{value} is not a complete phone number for region {region}.</source>
        <translation>{value} 不是 {region} 地区的完整电话号码。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/quantities.py" line="32"/>
        <source>Give a quantity (a number such as 2 or 1.5).</source>
        <translation>请填写数量（例如 2 或 1.5）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="87"/>
        <source>{value} is not a sale line.</source>
        <translation>{value} 不是一行有效的销售明细。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="109"/>
        <source>There is no product {value}; to sell it as a line of text, give its price.</source>
        <translation>没有商品 {value}；如果要按文字记一行，请写上价格。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="122"/>
        <source>A sale needs at least one line.</source>
        <translation>一笔销售至少要有一行商品。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="124"/>
        <source>A sale has at most {max} lines.</source>
        <translation>一笔销售最多 {max} 行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="129"/>
        <source>A discount cannot be below zero.</source>
        <translation>优惠不能小于零。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="133"/>
        <source>The discount {discount} is more than the sale&apos;s total {total}.</source>
        <translation>优惠 {discount} 超过了这笔销售的合计 {total}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/models/sale_lines.py" line="218"/>
        <location filename="../../smallcrm/domain/sales/lines.py" line="176"/>
        <source>Line {number} names no product.</source>
        <translation>第 {number} 行没有写商品。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="179"/>
        <location filename="../../smallcrm/domain/values/quantities.py" line="46"/>
        <source>The quantity must be more than 0.</source>
        <translation>数量必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="184"/>
        <source>Line {number} ({item}) needs a price.</source>
        <translation>第 {number} 行（{item}）需要填价格。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="190"/>
        <source>A price cannot be below zero.</source>
        <translation>价格不能小于零。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/lines.py" line="195"/>
        <source>The discount on line {number} is more than the line&apos;s {total}.</source>
        <translation>第 {number} 行的优惠超过了该行金额 {total}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/quantities.py" line="48"/>
        <source>{value} is too large a quantity.</source>
        <translation>数量 {value} 太大了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/quantities.py" line="52"/>
        <source>{value} has more than three decimal places; a quantity is kept to 0.001.</source>
        <translation>{value} 的小数超过三位；数量最多精确到 0.001。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/quantities.py" line="69"/>
        <source>{value} is not a quantity (a number such as 2 or 1.5).</source>
        <translation>{value} 不是有效的数量（应为数字，例如 2 或 1.5）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="102"/>
        <location filename="../../smallcrm/domain/records/purchases.py" line="63"/>
        <source>The cost {value} is below zero.</source>
        <translation>成本 {value} 小于零。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/purchases.py" line="70"/>
        <source>There is no purchase field {field}.</source>
        <translation>购买记录中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/purchases.py" line="78"/>
        <location filename="../../smallcrm/domain/records/purchases.py" line="100"/>
        <source>A purchase needs an amount.</source>
        <translation>购买记录需要填写金额。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/purchases.py" line="85"/>
        <source>The amount {value} is negative; to record money paid back, mark the purchase as a refund.</source>
        <translation>金额 {value} 是负数；如要记录退还给客户的钱款，请把这笔消费标为退货。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/purchases.py" line="108"/>
        <source>There is no purchase with id {id}.</source>
        <translation>没有 ID 为 {id} 的购买记录。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/records/purchases.py" line="118"/>
        <source>Purchase {id} is a line of sale {sale}; record a return or void the sale instead of changing it.</source>
        <translation>消费记录 {id} 是销售单 {sale} 的一行；请办理退货或作废这笔销售，不要直接修改。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="71"/>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="100"/>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="236"/>
        <source>A reminder needs a title.</source>
        <translation>提醒需要填写标题。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="76"/>
        <location filename="../../smallcrm/domain/reminders/queries.py" line="139"/>
        <source>{value} is not a kind of reminder.</source>
        <translation>{value} 不是一种提醒类型。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="89"/>
        <source>There is no reminder field {field}.</source>
        <translation>提醒中没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/recurrence.py" line="34"/>
        <source>{value} is not a repeat interval such as &apos;2 weeks&apos;.</source>
        <translation>{value} 不是有效的重复间隔，例如“2 weeks”（每 2 周）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="98"/>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="234"/>
        <source>A reminder needs a due date.</source>
        <translation>提醒需要填写到期日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="110"/>
        <source>There is no reminder with id {id}.</source>
        <translation>没有 ID 为 {id} 的提醒。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="129"/>
        <source>Reminder {id} is already done.</source>
        <translation>提醒 {id} 已经完成了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/commands.py" line="131"/>
        <source>Reminder {id} was dismissed.</source>
        <translation>提醒 {id} 已被忽略。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/queries.py" line="188"/>
        <source>{value} is not today, overdue, week or all.</source>
        <translation>{value} 不是 today（今天）、overdue（已过期）、week（本周）或 all（全部）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/staff.py" line="20"/>
        <location filename="../../smallcrm/domain/customers/staff.py" line="52"/>
        <source>A staff member needs a name.</source>
        <translation>员工需要填写姓名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/staff.py" line="58"/>
        <source>There is already a staff member called {name}.</source>
        <translation>已经有一位叫 {name} 的店员了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/snapshot.py" line="31"/>
        <source>Cannot write the backup: {reason}.</source>
        <translation>无法写入备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/snapshot.py" line="56"/>
        <source>A backup can only replace a file, not a folder, device or pipe; choose another name.</source>
        <translation>备份只能替换普通文件，不能替换文件夹、设备或管道；请换一个名字。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/snapshot.py" line="94"/>
        <source>Cannot write the backup: the database stayed locked by another program.</source>
        <translation>无法写入备份：数据库一直被另一个程序锁住。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="72"/>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="230"/>
        <source>The backup file does not exist.</source>
        <translation>备份文件不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="85"/>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="257"/>
        <source>This file is not a SmallCRM backup: {reason}.</source>
        <translation>这个文件不是 SmallCRM 备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="57"/>
        <source>This file is not a SmallCRM backup or it is damaged.</source>
        <translation>这个文件不是 SmallCRM 备份，或者已经损坏。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="93"/>
        <source>This backup was written by a newer SmallCRM (schema {found}, this app knows up to {known}); install the newer version to restore it.</source>
        <translation>这个备份是较新版本的 SmallCRM 写的（结构版本 {found}，本程序只认识到 {known}）；请安装新版本后再恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="163"/>
        <source>Another SmallCRM is importing into this shop; let it finish, then restore again.</source>
        <translation>另一个 SmallCRM 正在向这个店铺导入数据；请等它完成后再恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="166"/>
        <source>This shop is open in another SmallCRM window; close that window, then restore again.</source>
        <translation>这个店铺已在另一个 SmallCRM 窗口中打开；请关闭那个窗口后再恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="169"/>
        <source>Another SmallCRM (&apos;{command}&apos;) is using this shop; let it finish, then restore again.</source>
        <translation>另一个 SmallCRM（“{command}”）正在使用这个店铺；请等它完成后再恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="172"/>
        <source>Another program or SmallCRM has this shop open; close it, then restore again.</source>
        <translation>另一个程序或 SmallCRM 打开了这个店铺；请关闭它后再恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="227"/>
        <source>This is the database in use, not a backup of it.</source>
        <translation>这是正在使用的数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="246"/>
        <source>Cannot restore the backup: {reason}.</source>
        <translation>无法恢复备份：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="252"/>
        <source>Cannot restore the backup: another program keeps it locked.</source>
        <translation>无法恢复备份：另一个程序一直锁着它。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/backup.py" line="405"/>
        <source>The backup was made, but it could not be copied to the second backup folder: {reason}.</source>
        <translation>备份已完成，但没能复制到第二备份文件夹：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="102"/>
        <source>This is a folder, not a database file.</source>
        <translation>这是一个文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="112"/>
        <source>Cannot create the folder for the database: {reason}.</source>
        <translation>无法创建存放数据库的文件夹：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/sidecars.py" line="54"/>
        <source>The database is missing, but {kept} beside it holds the shop as it was before a restore; put it back with &apos;smallcrm restore {kept}&apos; (or from the window), or move it away to start an empty shop.</source>
        <translation>数据库文件不见了，但旁边的 {kept} 保存着恢复之前的店铺；可以用“smallcrm restore {kept}”（或在窗口中）把它放回去，或者把它移走，从空店铺开始。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="39"/>
        <source>Another SmallCRM is importing into this shop; try again when it finishes.</source>
        <translation>另一个 SmallCRM 正在向这个店铺导入数据；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="42"/>
        <source>Another SmallCRM is restoring a backup into this shop; try again when it finishes.</source>
        <translation>另一个 SmallCRM 正在为这个店铺恢复备份；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="45"/>
        <source>Another SmallCRM is upgrading this shop&apos;s database; try again when it finishes.</source>
        <translation>另一个 SmallCRM 正在升级这个店铺的数据库；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="49"/>
        <source>A SmallCRM window is busy writing to this shop; try again when it finishes.</source>
        <translation>一个 SmallCRM 窗口正在向这个店铺写入数据；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="52"/>
        <source>Another SmallCRM (&apos;{command}&apos;) is writing to this shop; try again when it finishes.</source>
        <translation>另一个 SmallCRM（“{command}”）正在向这个店铺写入数据；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="55"/>
        <source>Another SmallCRM is writing to this shop; try again when it finishes.</source>
        <translation>另一个 SmallCRM 正在向这个店铺写入数据；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="114"/>
        <source>This file is not a SmallCRM database or it is damaged; restore a backup with &apos;smallcrm restore FILE&apos; or choose another file.</source>
        <translation>这个文件不是 SmallCRM 数据库，或者已经损坏；请用“smallcrm restore 备份文件”恢复备份，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="123"/>
        <source>The database file cannot be opened for writing; check its permissions.</source>
        <translation>数据库文件无法写入；请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="128"/>
        <source>The disk is full or failing; free some space and try again.</source>
        <translation>磁盘已满或出现故障；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/sqlite/failures.py" line="132"/>
        <source>The database could not be used: {reason}.</source>
        <translation>无法使用数据库：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/db.py" line="187"/>
        <location filename="../../smallcrm/cli/__init__.py" line="49"/>
        <source>The database is damaged ({detail}); restore the latest backup with &apos;smallcrm restore FILE&apos; or from the File menu.</source>
        <translation>数据库已损坏（{detail}）；请用“smallcrm restore 备份文件”或“文件”菜单恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/migrations/__init__.py" line="55"/>
        <source>This file is an SQLite database of another program, not SmallCRM&apos;s.</source>
        <translation>这个文件是其他程序的 SQLite 数据库，不是 SmallCRM 的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/store/migrations/__init__.py" line="68"/>
        <source>This database was written by a newer SmallCRM (schema {found}, this app knows up to {known}); install the newer version to open it.</source>
        <translation>这个数据库由更新版本的 SmallCRM 写入（结构版本 {found}，本程序最高支持 {known}）；请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="228"/>
        <source>The setting {key} needs a {type} value.</source>
        <translation>设置项 {key} 需要 {type} 类型的值。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="239"/>
        <source>The currency is a three-letter code such as CNY, not {value}.</source>
        <translation>货币应是 CNY 这样的三个字母代码，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="250"/>
        <source>The backup folder must be a full path, such as {example}, not {value}.</source>
        <translation>备份文件夹要写完整路径，例如 {example}，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="285"/>
        <source>{value} is not a receipt printer: leave it empty for the system printer, or write usb:VID:PID (such as usb:0416:5011) or network:HOST[:PORT] (such as network:192.168.1.87).</source>
        <translation>{value} 不是有效的小票打印机：使用系统打印机请留空，或者填写 usb:VID:PID（例如 usb:0416:5011）或 network:主机[:端口]（例如 network:192.168.1.87）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="339"/>
        <location filename="../../smallcrm/settings.py" line="345"/>
        <source>{value} is not a commission rule.</source>
        <translation>{value} 不是一条提成规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="349"/>
        <source>A commission is a share of sales or of profit, not {value}.</source>
        <translation>提成只能按销售额或毛利计算，不能按 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="355"/>
        <source>There are two commission rules for the same staff member and category.</source>
        <translation>同一位员工和同一个分类有两条提成规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="380"/>
        <source>A commission is a percentage from 0 to 100 with at most two decimals, not {value}.</source>
        <translation>提成是 0 到 100 之间、最多两位小数的百分比，{value} 不行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="396"/>
        <source>There is no setting called {key}.</source>
        <translation>没有名为 {key} 的设置项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/config.py" line="48"/>
        <source>The setting {key} must be between {lo} and {hi}, not {value}.</source>
        <translation>设置 {key} 应在 {lo} 到 {hi} 之间，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/config.py" line="58"/>
        <source>A customer must be at risk before being lost: check the churn settings (lost below at-risk, lost days above at-risk days).</source>
        <translation>客户要先“有流失风险”才会“已流失”：请检查流失设置（已流失的比例要低于有流失风险的，已流失的天数要多于有流失风险的）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/festivals.py" line="126"/>
        <source>{value} is outside the years the lunar calendar covers ({first}-{last}).</source>
        <translation>{value} 超出了农历能换算的年份（{first}-{last}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/festivals.py" line="143"/>
        <source>There is no festival called {key} (known: {known}).</source>
        <translation>没有叫 {key} 的节日（已有：{known}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/festivals.py" line="208"/>
        <source>A festival needs a name.</source>
        <translation>节日需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/festivals.py" line="211"/>
        <source>A festival needs a date.</source>
        <translation>节日需要一个日期。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/festivals.py" line="215"/>
        <source>{value}: festivals fall in the ordinary month, not a leap month.</source>
        <translation>{value}：节日只在正常月份，不在闰月。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/reminders/festivals.py" line="226"/>
        <source>There is no festival with id {id}.</source>
        <translation>没有编号为 {id} 的节日。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/customers/groups.py" line="43"/>
        <source>{value} is not a group of customers; write all or tag:NAME.</source>
        <translation>{value} 不是一组客户；请写 all 或 tag:标签名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segment_names.py" line="190"/>
        <source>{name} is not a segment; segments are named like tier:high, rfm:champions, age:35_44, income:BAND, lifecycle:loyal, churn:at_risk or custom:NAME.</source>
        <translation>{name} 不是客户群；客户群的写法如 tier:high、rfm:champions、age:35_44、income:档次、lifecycle:loyal、churn:at_risk 或 custom:名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="105"/>
        <source>There is no segment dimension {name}.</source>
        <translation>没有叫 {name} 的分群维度。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="248"/>
        <source>The saved segment {name} uses itself, directly or through others.</source>
        <translation>已存的客户群 {name} 直接或间接地引用了自己。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="253"/>
        <source>{piece} is not a filter rule (all, any, not, segment, tag or field).</source>
        <translation>{piece} 不是筛选规则（all、any、not、segment、tag 或 field）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="259"/>
        <source>all and any need a list of rules.</source>
        <translation>all 和 any 后面要跟一组规则。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="286"/>
        <source>{op} is not a filter operator ({ops}).</source>
        <translation>{op} 不是筛选运算符（{ops}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="301"/>
        <source>Dates are compared with eq, gt, ge, lt or le.</source>
        <translation>日期只能用 eq、gt、ge、lt 或 le 比较。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="307"/>
        <source>There is no customer field {field} to filter on.</source>
        <translation>没有可以用来筛选的客户字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="314"/>
        <source>The rule on {field} needs a value.</source>
        <translation>{field} 的规则需要一个值。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="344"/>
        <source>A saved segment needs a name of 1 to {max} characters.</source>
        <translation>已存的客户群需要一个 1 到 {max} 个字的名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="355"/>
        <source>The segment&apos;s filter is not valid JSON: {reason}.</source>
        <translation>客户群的筛选条件不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="363"/>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="389"/>
        <location filename="../../smallcrm/domain/analysis/segments.py" line="429"/>
        <source>There is no saved segment called {name}.</source>
        <translation>没有叫 {name} 的已存客户群。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_festivals.py" line="24"/>
        <source>{value} is not a year.</source>
        <translation>{value} 不是年份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="149"/>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>请导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/mailings.py" line="73"/>
        <source>{value} is not an occasion for a mailing (known: {known}).</source>
        <translation>{value} 不是可用的寄送场合（可用：{known}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/mailings.py" line="151"/>
        <source>There is no mailing with id {id}.</source>
        <translation>没有编号为 {id} 的寄送。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/mailings.py" line="159"/>
        <source>The mailing {title} was already sent on {date}; start a new one.</source>
        <translation>寄送“{title}”已于 {date} 寄出，请新建一次寄送。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/mailing/sent.py" line="68"/>
        <source>The mailing {title} has nobody on it.</source>
        <translation>寄送“{title}”里没有收件人。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/mailing_list.py" line="130"/>
        <source>Save contacts to a file ending in .vcf.</source>
        <translation>通讯录请保存为 .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="46"/>
        <source>The folder to export to does not exist.</source>
        <translation>要导出到的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="47"/>
        <source>The export could not be written: {reason}.</source>
        <translation>导出文件写不进去：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/exporter.py" line="516"/>
        <source>{what} cannot be exported; choose customers, purchases, reminders or mailing.</source>
        <translation>{what} 不能导出；请选择客户、购买记录、提醒或邮寄名单。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="393"/>
        <source>{kind} is not a kind of import; use customers, purchases or products.</source>
        <translation>{kind} 不是可导入的类型；请用 customers、purchases 或 products。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="479"/>
        <source>A product has no notes: import this column as a field or not at all.</source>
        <translation>商品没有备注：请把这一列导入为某个字段，或者不导入。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="484"/>
        <source>There is no {kind} field {field} to map a column to.</source>
        <translation>{kind} 中没有可对应的字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/headers.py" line="491"/>
        <source>Two columns are mapped to {field}; map one of them elsewhere.</source>
        <translation>有两列都对应到了 {field}；请把其中一列改到别处。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="55"/>
        <location filename="../../smallcrm/sheets/importer/run.py" line="193"/>
        <source>The spreadsheet has no rows with data.</source>
        <translation>表格里没有数据行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="169"/>
        <source>{value} is not a duplicate policy; use skip, fill, overwrite or keep.</source>
        <translation>{value} 不是重复处理方式；请用 skip（跳过）、fill（补全）、overwrite（覆盖）或 keep（都保留）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="174"/>
        <source>{value} is not a consent choice; use yes, no or column.</source>
        <translation>{value} 不是有效的邮寄同意选项；请用 yes、no 或 column。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="218"/>
        <source>This file was already imported (import {batch}); undo that import first, or import it again on purpose with --force.</source>
        <translation>这个文件已经导入过了（第 {batch} 次导入）；请先撤销那次导入，或确实要再导入时加上 --force。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="289"/>
        <source>Row {row} is not among the first rows with data, so it cannot be the header.</source>
        <translation>第 {row} 行不在前几行有数据的行里，不能作为表头。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="311"/>
        <source>No column is mapped to mail consent, so the consent cannot be taken from a column; choose yes or no for the whole import.</source>
        <translation>没有哪一列对应“同意邮寄”，无法按列读取；请为整个导入选择同意（yes）或不同意（no）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="325"/>
        <source>No column is mapped to the name or the phone, so no customer can be added.</source>
        <translation>没有哪一列对应姓名或电话，所以无法添加客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="332"/>
        <source>No column is mapped to the name or the barcode, so no product can be found or added.</source>
        <translation>没有列对应到名称或条码，因此无法找到或新增商品。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="340"/>
        <source>No column is mapped to the customer number or the phone, so purchases cannot be linked to customers.</source>
        <translation>没有哪一列对应客户编号或电话，所以购买记录无法对应到客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/run.py" line="350"/>
        <source>No column is mapped to {field}, which every purchase needs.</source>
        <translation>没有哪一列对应 {field}，而每条购买记录都需要它。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/engine.py" line="180"/>
        <source>The customer number {value} belongs to a customer in the trash; restore them first.</source>
        <translation>客户编号 {value} 属于回收站里的一位客户；请先把他恢复。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/customers.py" line="101"/>
        <source>The customer number {value} is already in use; to keep both customers, give this row another number or none.</source>
        <translation>客户编号 {value} 已被使用；要两位都保留，请给这一行换个编号或不填。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/purchases.py" line="324"/>
        <source>A purchase needs a date and an amount.</source>
        <translation>购买记录需要日期和金额。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/purchases.py" line="357"/>
        <source>The row names no customer: give a customer number or a phone.</source>
        <translation>这一行没有指明客户：请填客户编号或电话。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/purchases.py" line="371"/>
        <source>No customer has this customer number or phone; add the customer first, or import with --create-missing.</source>
        <translation>没有客户用这个客户编号或电话；请先添加客户，或导入时加上 --create-missing。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/history.py" line="83"/>
        <source>There is no import with id {id}.</source>
        <translation>没有编号为 {id} 的导入。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/history.py" line="85"/>
        <source>Import {id} has already been undone.</source>
        <translation>第 {id} 次导入已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/importer/results.py" line="160"/>
        <source>There is no file to take the rejected rows from.</source>
        <translation>没有可以取出未导入行的文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/base.py" line="86"/>
        <source>This file is not a spreadsheet SmallCRM can read; save it as .xlsx, .xls, .ods or .csv.</source>
        <translation>SmallCRM 读不了这个文件；请另存为 .xlsx、.xls、.ods 或 .csv。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/base.py" line="95"/>
        <source>The spreadsheet is damaged or incomplete; open it in Excel or WPS and save it again.</source>
        <translation>表格已损坏或不完整；请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/base.py" line="104"/>
        <source>The spreadsheet is password-protected; open it in Excel or WPS, remove the password and save it again.</source>
        <translation>表格设了密码；请用 Excel 或 WPS 打开，去掉密码后重新保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/base.py" line="112"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/opening.py" line="30"/>
        <source>This is not a file but a device, a pipe or a socket; import a spreadsheet file.</source>
        <translation>这不是文件，而是设备、管道或套接字；请导入一个表格文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/opening.py" line="37"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/opening.py" line="39"/>
        <source>This is a folder, not a spreadsheet file.</source>
        <translation>这是一个文件夹，不是表格文件。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/opening.py" line="42"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>文件读不了：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/opening.py" line="54"/>
        <source>This file is a web page or XML saved with a spreadsheet&apos;s name; open it in Excel or WPS and save it as .xlsx.</source>
        <translation>这个文件其实是网页或 XML，只是用了表格的文件名；请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/base.py" line="160"/>
        <source>There is no sheet called {sheet}; the sheets are: {names}.</source>
        <translation>没有叫 {sheet} 的工作表；现有的工作表：{names}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/xlsx.py" line="227"/>
        <source>The sheet&apos;s used range is too large to read as .ods; delete the empty rows and columns after the data, or save it as .xlsx.</source>
        <translation>这个 .ods 表格的使用范围太大，无法读取；请删掉数据后面的空行和空列，或另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/sheets/reader/delimited.py" line="62"/>
        <source>The text file is neither UTF-8 nor GBK; save it from Excel as &apos;CSV UTF-8&apos; or as .xlsx.</source>
        <translation>这个文本文件既不是 UTF-8 也不是 GBK 编码；请在 Excel 里另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="139"/>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>无法打开打印机或文件进行输出。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="48"/>
        <source>The folder to save the PDF in does not exist.</source>
        <translation>要保存 PDF 的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="49"/>
        <source>The PDF could not be written: {reason}.</source>
        <translation>无法写入 PDF：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="324"/>
        <source>Skip from 0 to {last} labels: a {name} sheet has {count}.</source>
        <translation>可跳过 0 到 {last} 张标签：一张 {name} 共 {count} 张。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="332"/>
        <source>There is nobody to print labels for.</source>
        <translation>没有要打印标签的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="396"/>
        <source>There is nobody to print envelopes for.</source>
        <translation>没有要打印信封的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/render.py" line="536"/>
        <source>There is nobody to print greetings for.</source>
        <translation>没有要打印贺词的客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="151"/>
        <source>There is no label sheet called {name} (known: {known}).</source>
        <translation>没有名为 {name} 的标签纸（可用：{known}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="167"/>
        <source>{field} must be more than 0 mm.</source>
        <translation>{field} 必须大于 0 毫米。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="170"/>
        <source>{field} must be from 1 to 40.</source>
        <translation>{field} 必须在 1 到 40 之间。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="172"/>
        <source>The margins cannot be negative.</source>
        <translation>边距不能为负数。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="177"/>
        <source>The pitch is smaller than the label: labels would overlap.</source>
        <translation>间距小于标签尺寸：标签会重叠。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="184"/>
        <source>The labels reach {right:.1f} x {bottom:.1f} mm, beyond the {width:g} x {height:g} mm page.</source>
        <translation>标签排到了 {right:.1f} × {bottom:.1f} 毫米，超出了 {width:g} × {height:g} 毫米的纸张。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="202"/>
        <source>{field} needs a number, not {value}.</source>
        <translation>{field} 需要填数字，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="208"/>
        <source>{field} needs a whole number, not {value}.</source>
        <translation>{field} 需要填整数，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="221"/>
        <source>A label sheet needs a name.</source>
        <translation>标签纸需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="255"/>
        <source>{name} is a built-in label sheet; choose another name.</source>
        <translation>{name} 是内置的标签纸，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/templates.py" line="280"/>
        <source>There is no envelope size {name} (known: {known}).</source>
        <translation>没有 {name} 这种信封尺寸（可用：{known}）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_mailing.py" line="66"/>
        <source>There is already a mailing for these cards: {title} (id {id}, made on {date}); see it with &apos;smallcrm mailing show {id}&apos;, or add --again to start another.</source>
        <translation>这批贺卡已经有一次寄送：{title}（编号 {id}，{date} 建立）；用 &apos;smallcrm mailing show {id}&apos; 查看，或加上 --again 再建一次。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_duplicates.py" line="16"/>
        <source>Customers {a} ({a_name}) and {b} ({b_name}) share no phone number, customer number, or name with the same birthday or address; if they are one person all the same, merge them with --force.</source>
        <translation>客户 {a}（{a_name}）和 {b}（{b_name}）没有相同的电话、客户编号，也没有同名且生日或地址相同；如果确实是同一个人，请加 --force 合并。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/emails.py" line="29"/>
        <source>{value} is not an email address; write it like name@example.com.</source>
        <translation>{value} 不是电子邮箱地址，请写成 name@example.com 这样的格式。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/values/postcodes.py" line="25"/>
        <source>{value} is not a postcode; a postcode in China has six digits.</source>
        <translation>{value} 不是邮政编码；中国的邮政编码是六位数字。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/session.py" line="22"/>
        <source>The database is damaged: its table {table} is missing; restore the latest backup with &apos;smallcrm restore FILE&apos; or from the File menu.</source>
        <translation>数据库已损坏：缺少数据表 {table}；请用“smallcrm restore 文件”或从“文件”菜单恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/database.py" line="29"/>
        <source>There is no database here; check the path, or create one with a command that adds data (such as &apos;smallcrm demo&apos; or &apos;smallcrm customer add&apos;).</source>
        <translation>这里没有数据库；请检查路径，或用会添加数据的命令（例如“smallcrm demo”或“smallcrm customer add”）新建一个。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/database.py" line="34"/>
        <source>The folder for the database does not exist; check the path or create the folder first.</source>
        <translation>数据库所在的文件夹不存在；请检查路径，或先建好这个文件夹。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/database.py" line="37"/>
        <source>This is not a database file but a device, a pipe or a socket.</source>
        <translation>这不是数据库文件，而是设备、管道或套接字。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="31"/>
        <source>This is not a regular file but a device, a pipe or a socket; choose a file name.</source>
        <translation>这不是普通文件，而是设备、管道或套接字；请另选一个文件名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="34"/>
        <source>This is a folder; choose a file name.</source>
        <translation>这是一个文件夹；请选择一个文件名。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="35"/>
        <source>The folder to save the file in is not a folder.</source>
        <translation>要保存文件的位置不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="36"/>
        <source>The file is read-only, so it was not replaced.</source>
        <translation>这个文件是只读的，所以没有覆盖它。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="37"/>
        <source>The disk is full, so the file was not saved; free some space and try again.</source>
        <translation>磁盘已满，文件没有保存；请腾出一些空间后再试。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="40"/>
        <source>The disk is read-only, so the file was not saved.</source>
        <translation>磁盘是只读的，文件没有保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="41"/>
        <source>You may not write there (permission denied), so the file was not saved.</source>
        <translation>没有权限写入那里，文件没有保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="44"/>
        <source>The disk could not be written to (an input/output error), so the file was not saved.</source>
        <translation>磁盘写入失败（输入/输出错误），文件没有保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="47"/>
        <source>The file is too large for this disk, so it was not saved.</source>
        <translation>文件太大，这个磁盘存不下，文件没有保存。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/files.py" line="84"/>
        <source>The file cannot be used: {reason}.</source>
        <translation>无法使用这个文件：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="59"/>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="153"/>
        <location filename="../../smallcrm/sheets/importer/products.py" line="204"/>
        <source>A product needs a name.</source>
        <translation>商品需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="63"/>
        <source>A product name is at most {max} characters.</source>
        <translation>商品名称最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="73"/>
        <source>{value} is neither goods nor a service.</source>
        <translation>{value} 既不是商品也不是服务。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="86"/>
        <source>There is no product field {field}.</source>
        <translation>商品没有 {field} 这一项。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="100"/>
        <source>The price {value} is below zero.</source>
        <translation>售价 {value} 小于零。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="118"/>
        <source>{value} is not a barcode (digits and letters).</source>
        <translation>{value} 不是条码（应为数字和字母）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="143"/>
        <location filename="../../smallcrm/sheets/importer/products.py" line="142"/>
        <source>The barcode {barcode} is already used by {name}.</source>
        <translation>条码 {barcode} 已经被 {name} 使用。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="163"/>
        <location filename="../../smallcrm/domain/sales/lines.py" line="162"/>
        <source>There is no product with id {id}.</source>
        <translation>没有编号为 {id} 的商品。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="197"/>
        <location filename="../../smallcrm/domain/sales/lines.py" line="70"/>
        <source>Name a product.</source>
        <translation>请写出商品。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/catalogue/products.py" line="210"/>
        <source>There is no product {value}.</source>
        <translation>没有商品 {value}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="39"/>
        <source>Give a reason.</source>
        <translation>请写明原因。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="42"/>
        <source>A reason is at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="71"/>
        <source>Sale {sale} has no line {line}.</source>
        <translation>销售单 {sale} 没有第 {line} 行。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="77"/>
        <source>Everything of line {line} has already come back.</source>
        <translation>第 {line} 行的商品已经全部退回了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="85"/>
        <source>Only {left} of line {line} can still come back.</source>
        <translation>第 {line} 行最多还能退 {left}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="93"/>
        <source>Everything of sale {sale} has already come back.</source>
        <translation>销售单 {sale} 的商品已经全部退回了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="120"/>
        <source>Sale {sale} was voided; nothing of it can come back.</source>
        <translation>销售单 {sale} 已作废，不能退货。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="124"/>
        <source>Sale {sale} is itself a return; void it to undo it.</source>
        <translation>销售单 {sale} 本身就是退货单；要撤销请把它作废。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="176"/>
        <source>Sale {sale} was already voided on {day}.</source>
        <translation>销售单 {sale} 已在 {day} 作废。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/corrections.py" line="183"/>
        <source>Sale {sale} has returns; void them first.</source>
        <translation>销售单 {sale} 有退货记录；请先作废这些退货单。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/payments.py" line="55"/>
        <source>{value} is not a payment method (cash, wechat, alipay, card, stored_value, other).</source>
        <translation>{value} 不是付款方式（cash 现金、wechat 微信、alipay 支付宝、card 银行卡、stored_value 储值、other 其他）。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/reading.py" line="39"/>
        <source>There is no sale with id {id}.</source>
        <translation>没有编号为 {id} 的销售单。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/recording.py" line="66"/>
        <source>A note is at most {max} characters.</source>
        <translation>备注最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/sales/recording.py" line="102"/>
        <source>No receipt number is free; try saving the sale again.</source>
        <translation>暂时没有可用的小票号；请再保存一次。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/settings.py" line="191"/>
        <location filename="../../smallcrm/printing/receipts.py" line="107"/>
        <source>A receipt is 58 or 80 mm wide, not {width}.</source>
        <translation>小票宽度只能是 58 或 80 毫米，不能是 {width}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/escpos_receipt.py" line="34"/>
        <source>The receipt printer {printer} could not be reached: {reason}.</source>
        <translation>无法连接小票打印机 {printer}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/escpos_receipt.py" line="35"/>
        <source>The receipt printer {printer} is on USB, which needs libusb on this computer: install it (libusb-1.0), or set the printer up as a system printer or on the network.</source>
        <translation>小票打印机 {printer} 通过 USB 连接，这台电脑需要安装 libusb（libusb-1.0）；也可以把打印机设置为系统打印机或通过网络连接。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/printing/escpos_receipt.py" line="113"/>
        <source>No ESC/POS receipt printer is set: receipts go to the system printer.</source>
        <translation>没有设置 ESC/POS 小票打印机：小票会用系统打印机打印。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/commission.py" line="115"/>
        <source>There is no such commission rule to remove.</source>
        <translation>没有这条提成规则可以删除。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/domain/analysis/staff_results.py" line="74"/>
        <source>{value} is not a month such as 2026-11.</source>
        <translation>{value} 不是月份，请写成 2026-11 这样。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="29"/>
        <source>Line {line} is named twice; name each line once, with all that comes back.</source>
        <translation>第 {line} 行写了两次；每行只写一次，写明要退的全部数量。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/cli/handlers_sales.py" line="32"/>
        <source>{value} is not a payment method the counter takes (wechat, alipay, cash, card, other).</source>
        <translation>{value} 不是收银台接受的付款方式（wechat 微信、alipay 支付宝、cash 现金、card 银行卡、other 其他）。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="232"/>
        <source>Void Sale</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="233"/>
        <source>Void Sale %1</source>
        <translation>作废销售单 %1</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="236"/>
        <source>The sale stays in the list, marked voided with your reason; no total, profit or analysis counts it any more. Use a return instead when goods came back.</source>
        <translation>这笔销售仍会留在列表里，标为作废并记下原因；今后任何合计、利润和分析都不再计入它。如果是商品退回，请改用退货。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="241"/>
        <source>e.g. rung up twice, wrong customer</source>
        <translation>例如：重复录入、客户选错</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/dialogs/sale_corrections.py" line="243"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smallcrm/ui/shell/welcome.py" line="33"/>
        <source>Welcome to SmallCRM</source>
        <translation>欢迎使用 SmallCRM</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/welcome.py" line="43"/>
        <source>SmallCRM keeps your customers in one place: who they are, how to reach them, their birthdays and what they bought. Your customer list is still empty.</source>
        <translation>SmallCRM 把客户资料集中在一处：客户是谁、怎么联系、什么时候过生日、买过什么。您的客户名单现在还是空的。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/welcome.py" line="62"/>
        <source>Import a Spreadsheet…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/welcome.py" line="63"/>
        <source>Bring in the customers you keep in Excel or WPS: SmallCRM reads the columns it knows.</source>
        <translation>把您在 Excel 或 WPS 里记的客户导进来：SmallCRM 会识别它认得的列。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/welcome.py" line="66"/>
        <source>Explore with demo data</source>
        <translation>用演示数据体验一下</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/welcome.py" line="68"/>
        <source>To look around first, fill it with {count} made-up customers. They stay in this database, so use it for trying SmallCRM out, not for your real customers.</source>
        <translation>想先熟悉一下，可以填入 {count} 位虚构的演示客户。它们会一直留在这个数据库里，所以这个数据库只适合试用，不要再录入真实客户。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/welcome.py" line="73"/>
        <source>Add a Customer…</source>
        <translation>添加客户…</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/welcome.py" line="73"/>
        <source>Start with your first customer; a name or a phone number is enough.</source>
        <translation>从第一位客户开始；有姓名或电话就够了。</translation>
    </message>
    <message>
        <location filename="../../smallcrm/ui/shell/welcome.py" line="84"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
</TS>
