<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_form.py" line="33"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_form.py" line="52"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
</context>
<context>
    <name>AddIndicatorDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="22"/>
        <source>ID</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="24"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="25"/>
        <source>Unit in base units</source>
        <translation>单位倍数（以基本单位计）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="26"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="27"/>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="28"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="29"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="30"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="31"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="32"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="33"/>
        <source>Letters, digits and _ (text and charts refer to it; it cannot change later)</source>
        <translation>字母、数字和 _（正文和图表通过它引用该指标；以后不能更改）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="35"/>
        <source>billion yuan, %, TEU, count …</source>
        <translation>亿元、%、标箱、个……</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="36"/>
        <source>1e9 for billions, 1e4 for 万, 1 for %</source>
        <translation>亿为 1e8，万为 1e4，十亿为 1e9，% 为 1</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="37"/>
        <source>Empty: no lower limit</source>
        <translation>留空：无下限</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="38"/>
        <source>Empty: no upper limit</source>
        <translation>留空：无上限</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_indicator.py" line="49"/>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
</context>
<context>
    <name>AddObservationDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="21"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="22"/>
        <source>Geography</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="23"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="24"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="25"/>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="26"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="27"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="28"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="29"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="62"/>
        <source>Add observation</source>
        <translation>添加观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="71"/>
        <source>2022, 2023-Q1, 2022-04, 2022-04-30 or 2013/2022</source>
        <translation>2022、2023-Q1、2022-04、2022-04-30 或 2013/2022</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="73"/>
        <source>In the indicator&apos;s unit; empty only with status M</source>
        <translation>以指标的单位计；仅当状态为 M 时可留空</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="74"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_observation.py" line="82"/>
        <source>Add a source first (Data › Add source…)</source>
        <translation>请先添加来源（数据 › 添加来源…）</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="19"/>
        <source>ID</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="20"/>
        <source>e.g. sc-yearbook-2023 (observations cite it; it cannot change later)</source>
        <translation>例如 sc-yearbook-2023（观测值通过它引用该来源；以后不能更改）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="22"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="23"/>
        <source>Sichuan Statistical Yearbook 2023</source>
        <translation>四川统计年鉴2023</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="24"/>
        <source>Publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="25"/>
        <source>Sichuan Provincial Bureau of Statistics</source>
        <translation>四川省统计局</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="26"/>
        <source>Section or table</source>
        <translation>章节或表</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="27"/>
        <source>Table 11-3</source>
        <translation>表11-3</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="28"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="29"/>
        <source>2024, 2024-06 or 2024-06-30 (optional)</source>
        <translation>2024、2024-06 或 2024-06-30（可选）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="30"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="31"/>
        <source>https://… (optional)</source>
        <translation>https://…（可选）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="32"/>
        <source>Reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="33"/>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="35"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="34"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/add_source.py" line="41"/>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/clipboard.py" line="98"/>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="172"/>
        <source>The clipboard holds no cells to paste.</source>
        <translation>剪贴板中没有可粘贴的单元格。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/clipboard.py" line="104"/>
        <source>The clipboard holds {height} rows, but only {shown} rows are shown from row {row} down; nothing was pasted. Select a higher cell, or clear the filter.</source>
        <translation>剪贴板中有 {height} 行，但从第 {row} 行往下只显示了 {shown} 行；未粘贴任何内容。请选择更靠上的单元格，或清除筛选。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/clipboard.py" line="109"/>
        <source>The clipboard holds {width} columns, but only {shown} columns lie right of the selected cell; nothing was pasted. Select a cell further left.</source>
        <translation>剪贴板中有 {width} 列，但从所选单元格起向右只有 {shown} 列；未粘贴任何内容。请选择更靠左的单元格。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/clipboard.py" line="120"/>
        <source>Select the cells to copy first.</source>
        <translation>请先选择要复制的单元格。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/clipboard.py" line="124"/>
        <source>Copy works on one rectangular range; select a block of cells and copy again.</source>
        <translation>复制只能针对一个矩形区域；请选择一块连续的单元格后重新复制。</translation>
    </message>
</context>
<context>
    <name>DataDelegate</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/delegates.py" line="73"/>
        <source>Line breaks are kept. Click outside or press Tab to finish.</source>
        <translation>换行会保留。单击其他位置或按 Tab 键结束编辑。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/delegates.py" line="79"/>
        <source>2022, 2023-Q1, 2022-04, 2022-04-30 or 2013/2022</source>
        <translation>2022、2023-Q1、2022-04、2022-04-30 或 2013/2022</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/delegates.py" line="80"/>
        <source>A period: {help}</source>
        <translation>时期：{help}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/delegates.py" line="124"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>DataEditor</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="51"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="52"/>
        <source>qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="53"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="54"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="55"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="56"/>
        <source>period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="57"/>
        <source>geography</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="58"/>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="59"/>
        <source>maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="73"/>
        <source>{name} ({where}), {period}</source>
        <translation>{name}（{where}），{period}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="76"/>
        <source>{name}, {period}</source>
        <translation>{name}，{period}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="79"/>
        <source>{column} of {figure}</source>
        <translation>{figure}的{column}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="90"/>
        <source>not changed: a new figure needs the source it comes from</source>
        <translation>未更改：新数据须注明其来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="222"/>
        <source>{column} of “{indicator}”</source>
        <translation>“{indicator}”的{column}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="251"/>
        <source>{n} cells (cleared)</source>
        <translation>已清除的 {n} 个单元格</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="256"/>
        <source>observation {indicator} {geography} {period}</source>
        <translation>观测值 {indicator} {geography} {period}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="264"/>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="283"/>
        <source>indicator {id}</source>
        <translation>指标 {id}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="270"/>
        <source>source {id}</source>
        <translation>来源 {id}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="276"/>
        <source>{n} observation</source>
        <translation>{n} 个观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/editing.py" line="277"/>
        <source>{n} observations</source>
        <translation>{n} 个观测值</translation>
    </message>
</context>
<context>
    <name>DataFields</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="32"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="32"/>
        <source>qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="33"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="33"/>
        <source>source_id</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="34"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="34"/>
        <source>period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="35"/>
        <source>geography</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="35"/>
        <source>indicator_id</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="36"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="36"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="37"/>
        <source>multiplier</source>
        <translation>单位倍数</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="37"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="38"/>
        <source>decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="38"/>
        <source>min_value</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="39"/>
        <source>max_value</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="39"/>
        <source>section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="40"/>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="40"/>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="41"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="41"/>
        <source>publisher</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="42"/>
        <source>published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="42"/>
        <source>url</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="43"/>
        <source>reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="43"/>
        <source>json</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>DataLabels</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="24"/>
        <source>Reported</source>
        <translation>公布值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="24"/>
        <source>Estimated</source>
        <translation>估计值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="25"/>
        <source>Provisional</source>
        <translation>初步值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="25"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="26"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="26"/>
        <source>nearly</source>
        <translation>近</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="27"/>
        <source>more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/labels.py" line="27"/>
        <source>less than</source>
        <translation>不足</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="104"/>
        <source>Add observation…</source>
        <translation>添加观测值…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="105"/>
        <source>Add a figure to the observations</source>
        <translation>在观测值中添加一个数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="106"/>
        <source>Add indicator…</source>
        <translation>添加指标…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="107"/>
        <source>Add an indicator (a kind of figure)</source>
        <translation>添加一个指标（一类数据）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="108"/>
        <source>Add source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="109"/>
        <source>Add the publication new figures come from</source>
        <translation>添加新数据所依据的出版物</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="110"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="111"/>
        <source>Delete the selected observations or indicator</source>
        <translation>删除所选的观测值或指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="112"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="113"/>
        <source>Import observations from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="114"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="115"/>
        <source>Export the observations to CSV or Excel</source>
        <translation>将观测值导出为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="116"/>
        <source>Snapshots…</source>
        <translation>快照…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="117"/>
        <source>Take, compare and restore named snapshots</source>
        <translation>创建、比较和恢复命名的快照</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="124"/>
        <source>Computed from the stated figures; hover a row for its formula.</source>
        <translation>由所列数据计算得出；将鼠标悬停在某行上可查看其公式。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="137"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="138"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="156"/>
        <source>The workspace is open read-only: the tables can be searched, copied and exported, not edited.</source>
        <translation>工作区以只读方式打开：表格可以搜索、复制和导出，但不能编辑。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="161"/>
        <source>Type to edit a cell. Ctrl+C / Ctrl+V copy and paste ranges with Excel or WPS; Delete clears cells; Edit › Undo takes back any change.</source>
        <translation>直接输入即可编辑单元格。Ctrl+C / Ctrl+V 可与 Excel 或 WPS 互相复制、粘贴单元格区域；Delete 键清除单元格；“编辑 › 撤销”可撤回任何更改。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="165"/>
        <source>Observations</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="165"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="165"/>
        <source>Derived figures</source>
        <translation>派生数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="179"/>
        <source>There is no indicator &apos;{id}&apos; in this workspace.</source>
        <translation>此工作区中没有指标“{id}”。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="220"/>
        <source>Problems ({n})</source>
        <translation>问题（{n}）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="232"/>
        <source>Copied {n} cells.</source>
        <translation>已复制 {n} 个单元格。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="244"/>
        <source>This table cannot be changed by pasting.</source>
        <translation>此表不能通过粘贴修改。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="249"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="254"/>
        <source>{step}. Edit › Undo takes it back.</source>
        <translation>{step}。“编辑 › 撤销”可撤回此操作。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="259"/>
        <source>Select cells in the Observations table to clear them; other tables are edited cell by cell.</source>
        <translation>请在“观测值”表中选择要清除的单元格；其他表格需逐个单元格编辑。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="265"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="295"/>
        <source>Select the observations to delete.</source>
        <translation>请选择要删除的观测值。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="301"/>
        <source>Select the indicator to delete.</source>
        <translation>请选择要删除的指标。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="305"/>
        <source>Derived figures are computed; change the figures they are computed from.</source>
        <translation>派生数据由程序计算得出；请修改其计算所依据的数据。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="349"/>
        <source>{message} (this is in the study text, not in the tables)</source>
        <translation>{message}（此问题位于研究报告正文中，不在表格中）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/questions.py" line="21"/>
        <source>… and {n:,} more</source>
        <translation>……另有 {n:,} 项</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/questions.py" line="23"/>
        <source>Check these values</source>
        <translation>请核对这些数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/questions.py" line="24"/>
        <source>Please check:

{values}

Keep them as typed?</source>
        <translation>请核对：

{values}

是否按输入内容保留？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/questions.py" line="32"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/questions.py" line="33"/>
        <source>{reason}

Your change is kept: free space or close the other program, then press Retry.</source>
        <translation>{reason}

您的更改仍然保留：请释放磁盘空间或关闭占用该文件的其他程序，然后单击“重试”。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/questions.py" line="42"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/questions.py" line="43"/>
        <source>{reason}

Keep their value, or apply yours on top of it as a new change?</source>
        <translation>{reason}

保留对方的数值，还是在其基础上应用您的数值（作为一次新的修改）？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/questions.py" line="46"/>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/questions.py" line="47"/>
        <source>Apply mine</source>
        <translation>应用我的</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="377"/>
        <source>Row {row}, {column}: {reason}. The old value is kept.</source>
        <translation>第 {row} 行，{column}：{reason}。已保留原值。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="395"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="426"/>
        <source>Observation {id}: {key}</source>
        <translation>观测值 {id}：{key}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="431"/>
        <source>Indicator {id}</source>
        <translation>指标 {id}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="444"/>
        <source>{title} ({shown:,} of {total:,})</source>
        <translation>{title}（{shown:,} / {total:,}）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/data_tab.py" line="444"/>
        <source>{title} ({total:,})</source>
        <translation>{title}（{total:,}）</translation>
    </message>
    <message>
        <source>{reason}

Your change is kept: press Retry when the server is back (the status bar says so).</source>
        <translation>{reason}

您的修改已保留。服务器恢复后（状态栏会提示），请点击“重试”。</translation>
    </message>
    <message>
        <source>Offline: the tables show the figures as last read; they can be searched, copied and exported, and take changes again when the server is back.</source>
        <translation>离线：表格显示最近一次读取的数据，可以搜索、复制和导出；服务器恢复后即可继续修改。</translation>
    </message>
</context>
<context>
    <name>Dependents</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/dependents.py" line="41"/>
        <source>derived figure “{name}”</source>
        <translation>派生数据“{name}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/dependents.py" line="45"/>
        <source>chart “{title}”</source>
        <translation>图表“{title}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/dependents.py" line="57"/>
        <source>saved brief recipe “{name}”</source>
        <translation>已保存的简报方案“{name}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/dependents.py" line="63"/>
        <source>text item “{title}”</source>
        <translation>正文条目“{title}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/dependents.py" line="79"/>
        <source>text item “{title}” (cites the figure)</source>
        <translation>正文条目“{title}”（引用了该数据）</translation>
    </message>
</context>
<context>
    <name>DerivedModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="22"/>
        <source>Derived figure</source>
        <translation>派生数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="23"/>
        <source>Value (computed)</source>
        <translation>数值（计算值）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="24"/>
        <source>Computed from the stated figures; never typed</source>
        <translation>由所列数据计算得出，不可手工输入</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="25"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="26"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="27"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="28"/>
        <source>Hover a row to see the formula with its numbers</source>
        <translation>将鼠标悬停在某行上可查看代入数值后的公式</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="29"/>
        <source>Inputs</source>
        <translation>输入项</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="30"/>
        <source>indicator | geography | period of each input, or another derived figure</source>
        <translation>各输入项的 指标 | 地区 | 时期，或另一项派生数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="40"/>
        <source>sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="41"/>
        <source>difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="42"/>
        <source>share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="43"/>
        <source>growth (%)</source>
        <translation>增长率（%）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="44"/>
        <source>average annual growth (%)</source>
        <translation>年均增长率（%）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="45"/>
        <source>earlier value from growth</source>
        <translation>由增长率推算的前期值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="46"/>
        <source>total implied by a share</source>
        <translation>由占比推算的总量</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="80"/>
        <source>Computed: {formula}</source>
        <translation>计算：{formula}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/derived.py" line="82"/>
        <source>Checked against the stated figure {figure}</source>
        <translation>已与所列数据 {figure} 核对</translation>
    </message>
</context>
<context>
    <name>FigureSourceDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="37"/>
        <source>replaces {n} figure the study states</source>
        <translation>替换研究报告所列的 {n} 个数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="38"/>
        <source>replaces {n} figures the study states</source>
        <translation>替换研究报告所列的 {n} 个数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="40"/>
        <source>replace {n} figure the study states</source>
        <translation>替换研究报告所列的 {n} 个数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="41"/>
        <source>replace {n} figures the study states</source>
        <translation>替换研究报告所列的 {n} 个数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="46"/>
        <source>fills {n} gap the study left</source>
        <translation>填补研究报告留下的 {n} 处空缺</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="47"/>
        <source>fills {n} gaps the study left</source>
        <translation>填补研究报告留下的 {n} 处空缺</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="49"/>
        <source>fill {n} gap the study left</source>
        <translation>填补研究报告留下的 {n} 处空缺</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="50"/>
        <source>fill {n} gaps the study left</source>
        <translation>填补研究报告留下的 {n} 处空缺</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="53"/>
        <source>{first} and {second}</source>
        <translation>{first}，并{second}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="60"/>
        <source>This figure</source>
        <translation>此数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="62"/>
        <source>These {n} figures</source>
        <translation>这 {n} 个数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="63"/>
        <source>{subject} {action}. A figure the study does not state cannot cite the study: say where it comes from.</source>
        <translation>{subject}将{action}。研究报告未列出的数据不能以研究报告为来源，请说明其出处。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="73"/>
        <source>Source of the new figures</source>
        <translation>新数据的来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="82"/>
        <source>New source…</source>
        <translation>新建来源…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="91"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="92"/>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/figure_source.py" line="95"/>
        <source>Write the figures</source>
        <translation>写入数据</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="25"/>
        <source>Tables (*.csv *.xlsx *.xlsm *.txt *.tsv);;CSV or Unicode text (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.xlsm *.txt *.tsv);;CSV 或 Unicode 文本 (*.csv *.txt *.tsv);;Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="32"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="33"/>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8（逗号分隔）(*.csv)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="42"/>
        <source>{file}: {message}</source>
        <translation>{file}：{message}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="46"/>
        <source>Import of {file} cancelled; nothing was imported.</source>
        <translation>已取消导入 {file}；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="69"/>
        <source>Import observations</source>
        <translation>导入观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="96"/>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="108"/>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="112"/>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="126"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="111"/>
        <source>{message}
Nothing was imported.</source>
        <translation>{message}
未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="115"/>
        <source>Imported {file}: {adds:,} added, {changes:,} changed. Edit › Undo takes it back.</source>
        <translation>已导入 {file}：新增 {adds:,} 条，修改 {changes:,} 条。“编辑 › 撤销”可撤回此操作。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="127"/>
        <source>{reason}

The file&apos;s text encoding:</source>
        <translation>{reason}

文件的文本编码：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="142"/>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="157"/>
        <source>Export observations</source>
        <translation>导出观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="158"/>
        <source>The filters show {shown:,} of {total:,} observations. Export which?</source>
        <translation>筛选后显示 {shown:,} 个观测值（共 {total:,} 个）。要导出哪些？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="162"/>
        <source>The {n:,} shown</source>
        <translation>显示的 {n:,} 个</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="163"/>
        <source>All {n:,}</source>
        <translation>全部 {n:,} 个</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="183"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/files.py" line="185"/>
        <source>Exported {n:,} observations to {file}.</source>
        <translation>已将 {n:,} 个观测值导出到 {file}。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/filter_bar.py" line="30"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/filter_bar.py" line="34"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/filter_bar.py" line="35"/>
        <source>Clear every filter</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/filter_bar.py" line="38"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/filter_bar.py" line="38"/>
        <source>Geography</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/filter_bar.py" line="39"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/filter_bar.py" line="58"/>
        <source>All indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/filter_bar.py" line="60"/>
        <source>All geographies</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/filter_bar.py" line="62"/>
        <source>All sections</source>
        <translation>全部章节</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="16"/>
        <source>Red: an error; amber: a warning; sorted material before minor</source>
        <translation>红色：错误；琥珀色：警告；排序时重要问题在前、次要问题在后</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="17"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="22"/>
        <source>Disagrees with its parts</source>
        <translation>与分项不一致</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="23"/>
        <source>Input missing</source>
        <translation>缺少输入项</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="24"/>
        <source>Cannot compute</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="25"/>
        <source>Stated figure empty</source>
        <translation>所列数据为空</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="26"/>
        <source>Entered twice</source>
        <translation>重复录入</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="27"/>
        <source>Unknown indicator</source>
        <translation>未知指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="28"/>
        <source>Unknown geography</source>
        <translation>未知地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="29"/>
        <source>No source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="30"/>
        <source>Out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="31"/>
        <source>Missing value</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="32"/>
        <source>No observations</source>
        <translation>无观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="33"/>
        <source>Empty text</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="34"/>
        <source>Figure not in data</source>
        <translation>数据中没有该数字</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="35"/>
        <source>Unknown indicator in text</source>
        <translation>正文中有未知指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="36"/>
        <source>Share outside 0–100%</source>
        <translation>占比超出 0–100%</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="39"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="39"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="40"/>
        <source>material</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="40"/>
        <source>minor</source>
        <translation>次要</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/findings.py" line="75"/>
        <source>{severity} ({materiality}): {kind}</source>
        <translation>{severity}（{materiality}）：{kind}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="21"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="22"/>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="23"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="24"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="25"/>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="26"/>
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="27"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="28"/>
        <source>Selected cell</source>
        <translation>所选单元格</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="28"/>
        <source>Selected row</source>
        <translation>所选行</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="29"/>
        <source>Whole workspace</source>
        <translation>整个工作区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="32"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="33"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="34"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="35"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="36"/>
        <source>upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="39"/>
        <source>observation</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="40"/>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="41"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="42"/>
        <source>recipe</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="43"/>
        <source>snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="44"/>
        <source>geographie</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="58"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="76"/>
        <source>{label}
{where}
old: {old}
new: {new}</source>
        <translation>{label}
{where}
原值：{old}
新值：{new}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="106"/>
        <source>Filter the history…</source>
        <translation>筛选历史记录…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="146"/>
        <source>Every change in this workspace (the newest {limit:,}).</source>
        <translation>此工作区中的所有更改（最近 {limit:,} 条）。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="150"/>
        <source>Select a cell in a table to see its history.</source>
        <translation>在表格中选择一个单元格即可查看其历史记录。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/history_panel.py" line="156"/>
        <source>{description}, {column}</source>
        <translation>{description}，{column}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="32"/>
        <source>As detected</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="34"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="36"/>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16（Unicode 文本）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="38"/>
        <source>Western (Windows-1252)</source>
        <translation>西欧（Windows-1252）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="40"/>
        <source>Japanese (Shift-JIS)</source>
        <translation>日文（Shift-JIS）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="41"/>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="52"/>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="55"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="42"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="43"/>
        <source>Geography</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="44"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="45"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="47"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="48"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="49"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="50"/>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="51"/>
        <source>After import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="53"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="54"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="57"/>
        <source>To add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="58"/>
        <source>To change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="59"/>
        <source>Left alone</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="60"/>
        <source>Refused</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="61"/>
        <source>Read by a rule</source>
        <translation>按规则换算</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="72"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="83"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="92"/>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="132"/>
        <source>the same as in the workspace</source>
        <translation>与工作区中的相同</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="139"/>
        <source>{title} ({count:,})</source>
        <translation>{title}（{count:,}）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="141"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({format}): {adds:,} to add, {changes:,} to change, {unchanged:,} unchanged, {refused:,} refused.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;（{format}）：新增 {adds:,} 条，修改 {changes:,} 条，不变 {unchanged:,} 条，未通过 {refused:,} 条。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="146"/>
        <source>Nothing can be imported until every refused row is fixed in the file.</source>
        <translation>须先在文件中改正所有未通过的行，才能导入。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="149"/>
        <source>The file holds no changes.</source>
        <translation>文件中没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="151"/>
        <source>{n:,} observations in the workspace are not in the file and stay as they are.</source>
        <translation>工作区中有 {n:,} 个观测值不在文件中，将保持不变。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="154"/>
        <source>Columns not imported: {columns}.</source>
        <translation>未导入的列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="160"/>
        <source>Import {n:,} rows</source>
        <translation>导入 {n:,} 行</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="161"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/import_preview.py" line="169"/>
        <source>{encoding}: {reason}</source>
        <translation>{encoding}：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/import_runner.py" line="77"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/import_runner.py" line="78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/import_runner.py" line="79"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="20"/>
        <source>ID</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="21"/>
        <source>Text, charts and briefs refer to an indicator by its id; it cannot change</source>
        <translation>正文、图表和简报通过代码引用指标；代码不能更改</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="24"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="25"/>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="26"/>
        <source>Decimals shown in text and charts</source>
        <translation>正文和图表中显示的小数位数</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="27"/>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="28"/>
        <source>Smallest value allowed (empty: no limit)</source>
        <translation>允许的最小值（留空：不限）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="29"/>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="30"/>
        <source>Largest value allowed (empty: no limit)</source>
        <translation>允许的最大值（留空：不限）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="31"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="32"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/indicators.py" line="33"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Stored as: {text}</source>
        <translation>存储值：{text}</translation>
    </message>
</context>
<context>
    <name>ObservationGrid</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="37"/>
        <source>Select the cell where the paste should start.</source>
        <translation>请选择粘贴的起始单元格。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="44"/>
        <source>Nothing was cleared: {n} cell was refused.</source>
        <translation>未清除任何内容：有 {n} 个单元格未通过。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="45"/>
        <source>Nothing was cleared: {n} cells were refused.</source>
        <translation>未清除任何内容：有 {n} 个单元格未通过。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="47"/>
        <source>Nothing was pasted: {n} cell was refused.</source>
        <translation>未粘贴任何内容：有 {n} 个单元格未通过。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="48"/>
        <source>Nothing was pasted: {n} cells were refused.</source>
        <translation>未粘贴任何内容：有 {n} 个单元格未通过。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="51"/>
        <source>• … and {n} more</source>
        <translation>• ……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="57"/>
        <source>Nothing was cleared: {reason}</source>
        <translation>未清除任何内容：{reason}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="58"/>
        <source>Nothing was pasted: {reason}</source>
        <translation>未粘贴任何内容：{reason}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="62"/>
        <source>{cell}: {reason}</source>
        <translation>{cell}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="74"/>
        <source>Row {row} ({indicator} · {geography} · {period}), {column}</source>
        <translation>第 {row} 行（{indicator} · {geography} · {period}），{column}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="88"/>
        <source>The workspace is open read-only; nothing was pasted.</source>
        <translation>工作区为只读；未粘贴任何内容。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="105"/>
        <source>{cell}: &apos;{text}&apos; is not this row&apos;s &apos;{current}&apos;; this column cannot be changed, so the pasted rows do not line up with these observations</source>
        <translation>{cell}：“{text}”与此行的“{current}”不符；此列不能更改，因此粘贴的行与这些观测值对不上</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="121"/>
        <source>The workspace is open read-only; nothing was cleared.</source>
        <translation>工作区为只读；未清除任何内容。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="133"/>
        <source>The selected cells cannot be changed here (indicator, unit and ID are fixed).</source>
        <translation>所选单元格在此不能更改（指标、单位和编号是固定的）。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="174"/>
        <source>This table takes one pasted cell at a time; paste ranges in the Observations table.</source>
        <translation>此表每次只能粘贴一个单元格；请在“观测值”表中粘贴区域。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="178"/>
        <source>Select the cell to paste into.</source>
        <translation>请选择要粘贴到的单元格。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/grid.py" line="180"/>
        <source>This cell cannot be changed.</source>
        <translation>此单元格不能更改。</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="28"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="29"/>
        <source>The indicator&apos;s name; its id is in the tooltip and in the Indicator ID column (right-click the header to show it)</source>
        <translation>指标名称；其代码显示在提示中以及“指标代码”列中（右键单击表头可显示该列）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="31"/>
        <source>Geography</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="32"/>
        <source>Type or pick the geography&apos;s code (CD, SC …)</source>
        <translation>输入或选择地区代码（CD、SC……）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="33"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="34"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="35"/>
        <source>In the indicator&apos;s unit</source>
        <translation>以指标的单位计</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="36"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="37"/>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="39"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="40"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="41"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="42"/>
        <source>The observation&apos;s number in the workspace</source>
        <translation>观测值在工作区中的编号</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="43"/>
        <source>Indicator ID</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/models/observations.py" line="44"/>
        <source>The indicator&apos;s id, as imports and recipes name it</source>
        <translation>指标代码，即导入文件和简报方案中使用的名称</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/problems_panel.py" line="39"/>
        <source>Double-click or press Enter on a problem to go to the figure it is about.</source>
        <translation>双击某个问题或按 Enter 键，可转到其涉及的数据。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/problems_panel.py" line="53"/>
        <source>No problems found by the checks.</source>
        <translation>检查未发现问题。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/problems_panel.py" line="55"/>
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/problems_panel.py" line="55"/>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/problems_panel.py" line="56"/>
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/problems_panel.py" line="56"/>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/views/problems_panel.py" line="57"/>
        <source>{errors}, {warnings} ({material} material). Double-click one to go to its figure.</source>
        <translation>{errors}，{warnings}（其中 {material} 个重要）。双击某项可转到相应数据。</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/import_runner.py" line="57"/>
        <source>{file}: {stage}…</source>
        <translation>{file}：{stage}…</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/provenance.py" line="23"/>
        <source>new figures need the source they come from (none was chosen)</source>
        <translation>新数据须注明其来源（未选择来源）</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="24"/>
        <source>• … and {n} more</source>
        <translation>• ……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="42"/>
        <source>{reason}
Nothing was changed.</source>
        <translation>{reason}
未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="59"/>
        <source>Observation added. Edit › Undo takes it back.</source>
        <translation>已添加观测值。“编辑 › 撤销”可撤回此操作。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="70"/>
        <source>Indicator {id} added. Edit › Undo takes it back.</source>
        <translation>已添加指标 {id}。“编辑 › 撤销”可撤回此操作。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="81"/>
        <source>Source {id} added: new observations can cite it. Edit › Undo takes it back.</source>
        <translation>已添加来源 {id}：新的观测值可以引用它。“编辑 › 撤销”可撤回此操作。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="91"/>
        <source>Delete observations</source>
        <translation>删除观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="95"/>
        <source>Delete {n} observations?

These use them:
{uses}

Edit › Undo brings {n} observations back.</source>
        <translation>删除这 {n} 个观测值？

以下内容使用了它们：
{uses}

“编辑 › 撤销”可恢复这 {n} 个观测值。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="99"/>
        <source>Delete the observation {key}?

These use it:
{uses}

Edit › Undo brings the observation {key} back.</source>
        <translation>删除观测值 {key}？

以下内容使用了它：
{uses}

“编辑 › 撤销”可恢复观测值 {key}。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="110"/>
        <source>Deleted {n} observations. Edit › Undo brings them back.</source>
        <translation>已删除 {n} 个观测值。“编辑 › 撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="113"/>
        <source>Deleted the observation {key}. Edit › Undo brings it back.</source>
        <translation>已删除观测值 {key}。“编辑 › 撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="125"/>
        <source>Delete indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="128"/>
        <source>Delete the indicator “{name}” ({id})?</source>
        <translation>删除指标“{name}”（{id}）？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="130"/>
        <source>Delete the indicator “{name}” ({id}) and its {n} observation?</source>
        <translation>删除指标“{name}”（{id}）及其 {n} 个观测值？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="133"/>
        <source>Delete the indicator “{name}” ({id}) and its {n} observations?</source>
        <translation>删除指标“{name}”（{id}）及其 {n} 个观测值？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="137"/>
        <source>These use it and will lose its figures:
{uses}</source>
        <translation>以下内容使用了该指标，删除后将失去其数据：
{uses}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="139"/>
        <source>Edit › Undo brings it back.</source>
        <translation>“编辑 › 撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/rows.py" line="147"/>
        <source>Deleted the indicator {id}. Edit › Undo brings it back.</source>
        <translation>已删除指标 {id}。“编辑 › 撤销”可恢复。</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="33"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="34"/>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="35"/>
        <source>By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="36"/>
        <source>Observations</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="37"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="38"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="39"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="40"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="41"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="42"/>
        <source>In the snapshot</source>
        <translation>快照中的值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="43"/>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="46"/>
        <source>added since</source>
        <translation>此后新增</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="47"/>
        <source>removed since</source>
        <translation>此后删除</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="48"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="49"/>
        <source>observations</source>
        <translation>观测值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="49"/>
        <source>indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="81"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="97"/>
        <source>Take a snapshot before a large change; compare or restore it later.</source>
        <translation>在进行大量更改之前先创建快照，之后可以比较或恢复。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="99"/>
        <source>Take snapshot…</source>
        <translation>创建快照…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="100"/>
        <source>Compare with now</source>
        <translation>与当前数据比较</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="101"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="144"/>
        <source>Take snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="144"/>
        <source>Name of the snapshot:</source>
        <translation>快照名称：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="151"/>
        <source>The snapshot was not taken: {reason}</source>
        <translation>未能创建快照：{reason}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="154"/>
        <source>Snapshot “{name}” taken.</source>
        <translation>已创建快照“{name}”。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="164"/>
        <source>The data equals “{name}”.</source>
        <translation>当前数据与“{name}”相同。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="167"/>
        <source>Since “{name}”: {changed} value changed, {added} rows added, {removed} rows removed.</source>
        <translation>自“{name}”以来：修改了 {changed} 个数值，新增 {added} 行，删除 {removed} 行。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="169"/>
        <source>Since “{name}”: {changed} values changed, {added} rows added, {removed} rows removed.</source>
        <translation>自“{name}”以来：修改了 {changed} 个数值，新增 {added} 行，删除 {removed} 行。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="180"/>
        <source>Restore snapshot</source>
        <translation>恢复快照</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="181"/>
        <source>Make the data equal the snapshot “{name}”?

Changes made since are replaced; the restore is one step that Edit › Undo takes back, and the history keeps every change.</source>
        <translation>将数据恢复为快照“{name}”？

此后所做的更改将被替换；恢复是一个步骤，可用“编辑 › 撤销”撤回，历史记录会保留每一项更改。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="190"/>
        <source>The snapshot was not restored: {reason}</source>
        <translation>未能恢复快照：{reason}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/dialogs/snapshots.py" line="193"/>
        <source>Restored “{name}”. Edit › Undo takes it back.</source>
        <translation>已恢复“{name}”。“编辑 › 撤销”可撤回此操作。</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="24"/>
        <source>Edit {what}</source>
        <translation>修改 {what}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="28"/>
        <source>Add {what}</source>
        <translation>添加 {what}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="32"/>
        <source>Delete {what}</source>
        <translation>删除 {what}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="36"/>
        <source>Paste {n} cell</source>
        <translation>粘贴 {n} 个单元格</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="37"/>
        <source>Paste {n} cells</source>
        <translation>粘贴 {n} 个单元格</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="42"/>
        <source>Clear {n} cell</source>
        <translation>清除 {n} 个单元格</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="43"/>
        <source>Clear {n} cells</source>
        <translation>清除 {n} 个单元格</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="66"/>
        <source>Redo: {step}</source>
        <translation>重做：{step}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="72"/>
        <source>Undo: {step}</source>
        <translation>撤销：{step}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="86"/>
        <source>{step} was not possible; nothing was changed.

{reason}</source>
        <translation>无法执行“{step}”，未做任何更改。

{reason}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="114"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/data/actions/commands.py" line="120"/>
        <source>Restore snapshot &apos;{name}&apos;</source>
        <translation>恢复快照“{name}”</translation>
    </message>
</context>
</TS>
