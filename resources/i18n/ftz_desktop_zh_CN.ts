<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BriefComposerTab</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_entries.py" line="19" />
        <source>Status</source>
        <translation>发展现状</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_entries.py" line="20" />
        <source>Shortcomings</source>
        <translation>存在的不足</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_entries.py" line="21" />
        <source>Opportunities</source>
        <translation>发展机遇</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_entries.py" line="22" />
        <source>Recommendations</source>
        <translation>对策建议</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_entries.py" line="23" />
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_entries.py" line="24" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="116" />
        <source>&amp;Recipe</source>
        <translation>方案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="117" />
        <source>Save, open or share what this brief holds and its settings</source>
        <translation>保存、打开或共享本简报的内容及设置</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="128" />
        <source>Tick what the brief holds. Drag a row, or select it and use Move up/down, to change the order.</source>
        <translation>勾选要纳入简报的内容。拖动某一行，或选中后点击“上移”/“下移”，可调整顺序。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="132" />
        <source>Export to &amp;Word…</source>
        <translation>导出 Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="134" />
        <source>Check the brief and save it as an editable Word document (Ctrl+E)</source>
        <translation>检查简报并保存为可编辑的 Word 文档（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_entries.py" line="51" />
        <source>
Section {number} of the study</source>
        <translation>
研究报告第 {number} 节</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_entries.py" line="55" />
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="137" />
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="222" />
        <source>The recipe</source>
        <translation>该方案</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="224" />
        <source>Language not available</source>
        <translation>语言不可用</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="225" />
        <source>{recipe} asks for a brief in '{language}', but the study's text is not available in it; the brief uses {current}.</source>
        <translation>{recipe}要求以“{language}”编写简报，但研究报告尚无该语言的文本；简报将使用{current}。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="237" />
        <source>
… and {count} more</source>
        <translation>
……另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="238" />
        <source>Parts of the recipe are not available</source>
        <translation>方案中的部分内容不可用</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="239" />
        <source>{recipe} names what this workspace does not have; the brief leaves it out:

{ids}</source>
        <translation>{recipe}包含本工作区没有的内容，简报将略去这些内容：

{ids}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="268" />
        <source>Reset the brief</source>
        <translation>重置简报</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="269" />
        <source>Reset the brief to the whole study? Your ticks, order and settings are replaced.</source>
        <translation>将简报重置为研究报告全文？当前的勾选、顺序和设置将被替换。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="275" />
        <source>reset to the whole study</source>
        <translation>恢复为整份研究报告</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="276" />
        <source>The brief holds the whole study again (Ctrl+Z takes it back).</source>
        <translation>简报已恢复为包含整份研究报告（按 Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="110" />
        <source>The brief you were working on</source>
        <translation>上次编辑的简报</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/template_check.py" line="16" />
        <source>GB/T 9704-2012 official document format: A4, 16 pt 仿宋 on a grid of 22 lines of 28 characters, headings numbered 一、（一）1.（1）, the red issuer's heading, the signature and date, and the colophon on the last page.</source>
        <translation>按 GB/T 9704-2012《党政机关公文格式》排版：A4 纸，正文 3 号仿宋，每页 22 行、每行 28 字，标题层次为一、（一）1.（1），红色发文机关标志，落款署名和成文日期，末页印版记。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/template_check.py" line="20" />
        <source>The briefing bulletin: its name in red with 第…期 above a red rule, the text set as an official document (22 lines of 28 characters), and 报, 送, 发 with the copies printed at the foot of the last page.</source>
        <translation>简报格式：红色报头印简报名称和“第×期”，其下为红色分隔线；正文按公文格式排版（每页 22 行、每行 28 字）；末页下端印报、送、发单位和印数。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/template_check.py" line="37" />
        <source>{name}: every style the brief uses is there.</source>
        <translation>{name}：简报所用的样式齐全。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/template_check.py" line="40" />
        <source> The export stops until then.</source>
        <translation>在此之前无法导出。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="311" />
        <source>Template cannot be used as it is</source>
        <translation>模板无法直接使用</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/composer_tab.py" line="361" />
        <source>No longer in the workspace, so left out of the brief: {ids}</source>
        <translation>以下内容已不在工作区中，简报已将其略去：{ids}</translation>
    </message>
</context>
<context>
    <name>BriefHistory</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="31" />
        <source>edit the title</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="32" />
        <source>edit the subtitle</source>
        <translation>编辑副标题</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="33" />
        <source>edit the organisation</source>
        <translation>编辑编制单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="34" />
        <source>edit the author</source>
        <translation>编辑作者</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="35" />
        <source>edit the date</source>
        <translation>编辑日期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="36" />
        <source>edit the marking</source>
        <translation>编辑密级</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="37" />
        <source>edit the executive summary</source>
        <translation>编辑内容提要</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="38" />
        <source>change the brief's language</source>
        <translation>更改简报语言</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="39" />
        <source>change the default text</source>
        <translation>更改默认内容</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="40" />
        <source>change the paper</source>
        <translation>更改纸张大小</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="41" />
        <source>change the appendix of data tables</source>
        <translation>更改数据表附录</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="42" />
        <source>change the template</source>
        <translation>更改模板</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="43" />
        <source>change the title page and contents</source>
        <translation>更改封面和目录设置</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="63" />
        <source>tick '{title}'</source>
        <translation>勾选“{title}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="64" />
        <source>untick '{title}'</source>
        <translation>取消勾选“{title}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="67" />
        <source>move '{title}' up</source>
        <translation>上移“{title}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="68" />
        <source>move '{title}' down</source>
        <translation>下移“{title}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="70" />
        <source>move '{title}'</source>
        <translation>移动“{title}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="73" />
        <source>set '{title}' to {detail}</source>
        <translation>将“{title}”设为{detail}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="75" />
        <source>set '{title}' to the brief's default</source>
        <translation>将“{title}”设为简报默认</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="77" />
        <source>rewrite the text of '{title}'</source>
        <translation>改写“{title}”的文字</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/history.py" line="78" />
        <source>use the study's wording for '{title}'</source>
        <translation>恢复“{title}”的研究报告原文</translation>
    </message>
</context>
<context>
    <name>ChartNumbersDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="26" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="26" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="27" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="27" />
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="28" />
        <source>Geography</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="28" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="29" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="43" />
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="69" />
        <source>Numbers — {chart}</source>
        <translation>数据 — {chart}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="58" />
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="59" />
        <source>Copy the table as tab-separated text (pastes into Excel or Word)</source>
        <translation>以制表符分隔的文本复制表格（可粘贴到 Excel 或 Word）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_numbers.py" line="75" />
        <source>Computed: {note}</source>
        <translation>计算所得：{note}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="44" />
        <source>PNG image, 300 dpi (*.png)</source>
        <translation>PNG 图片，300 dpi (*.png)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="45" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="46" />
        <source>No Chinese font is installed, so Chinese text in charts shows as boxes. Install Microsoft YaHei, SimHei or Noto Sans CJK SC to see it.</source>
        <translation>未安装中文字体，图表中的中文将显示为方框。请安装微软雅黑、黑体或 Noto Sans CJK SC 后查看。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="66" />
        <source>Chart: {chart}</source>
        <translation>图表：{chart}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="69" />
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="70" />
        <source>Save the chart as a 300 dpi PNG or as an SVG drawing</source>
        <translation>将图表保存为 300 dpi 的 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="71" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="72" />
        <source>Copy the chart, with its title and source, as an image</source>
        <translation>将图表（含标题和来源）复制为图片</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="73" />
        <source>Show numbers</source>
        <translation>查看数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="74" />
        <source>The values behind the chart, with unit, period and source</source>
        <translation>图表所依据的数值，含单位、时期和来源</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="143" />
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="162" />
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="163" />
        <source>The chart could not be saved. {reason}</source>
        <translation>图表未能保存。{reason}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="165" />
        <source>Saved the chart to {path}</source>
        <translation>图表已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="176" />
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="177" />
        <source>The chart could not be copied. {reason}</source>
        <translation>图表未能复制。{reason}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/widgets/chart_panel.py" line="180" />
        <source>Copied the chart, with its title and source, to the clipboard</source>
        <translation>图表（含标题和来源）已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/document_html.py" line="35" />
        <source>This figure is not in the data: add it in the Data tab.</source>
        <translation>数据中没有此数字，请在“数据”选项卡中添加。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/document_html.py" line="38" />
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/document_html.py" line="39" />
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/document_html.py" line="42" />
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/document_html.py" line="44" />
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/document_html.py" line="45" />
        <source>Click to open it in the Data tab.</source>
        <translation>单击可在“数据”选项卡中打开。</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_dialogs.py" line="13" />
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_dialogs.py" line="14" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_dialogs.py" line="42" />
        <source>Export the brief to Word</source>
        <translation>将简报导出为 Word</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_dialogs.py" line="47" />
        <source>Export the brief as PDF</source>
        <translation>将简报导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_dialogs.py" line="53" />
        <source>The PDF is made from a Word file saved beside it, {name}, and a file of that name is already there. Replace it with this brief?</source>
        <translation>PDF 由保存在同一文件夹中的 Word 文件 {name} 生成，而该文件夹中已有同名文件。是否用本简报替换该文件？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_dialogs.py" line="56" />
        <source>Replace the Word file?</source>
        <translation>替换 Word 文件？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_dialogs.py" line="64" />
        <source>Brief not saved</source>
        <translation>简报未保存</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_dialogs.py" line="66" />
        <source>The file you had is unchanged. Close it in Word and choose Retry, or save the brief under another name.</source>
        <translation>原文件未作改动。请在 Word 中关闭该文件后选择“重试”，或将简报另存为其他名称。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_dialogs.py" line="70" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="65" />
        <source>An export is already running; wait for it or cancel it.</source>
        <translation>已有导出正在进行，请等待其完成或取消。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="83" />
        <source>Export stopped before writing; no file was changed.</source>
        <translation>导出已在写入前停止，未改动任何文件。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="90" />
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="267" />
        <source>Brief not saved</source>
        <translation>简报未保存</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="129" />
        <source>Needs LibreOffice, which was not found on this computer: click to read how to get it</source>
        <translation>需要 LibreOffice，但本机未找到该软件：单击可查看获取方法</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="130" />
        <source>Check the brief and save it as PDF, with the Word document beside it (LibreOffice makes the PDF)</source>
        <translation>检查简报并保存为 PDF，同时在同一文件夹中保存 Word 文档（PDF 由 LibreOffice 生成）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="168" />
        <source>LibreOffice needed</source>
        <translation>需要 LibreOffice</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="248" />
        <source>PDF not made</source>
        <translation>未生成 PDF</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="260" />
        <source> ({count} note: hover the message below the preview to read them)</source>
        <translation>（{count} 条提示：将鼠标悬停在预览下方的消息上即可查看）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_flow.py" line="262" />
        <source> ({count} notes: hover the message below the preview to read them)</source>
        <translation>（{count} 条提示：将鼠标悬停在预览下方的消息上即可查看）</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_panel.py" line="26" />
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_panel.py" line="27" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_panel.py" line="28" />
        <source>Stop the export; the file on disk is left as it was</source>
        <translation>停止导出；磁盘上的文件保持原样</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_panel.py" line="30" />
        <source>Open document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_panel.py" line="32" />
        <source>Open the saved brief in the program that opens such files (Word, WPS, a PDF reader)</source>
        <translation>用关联的程序（Word、WPS 或 PDF 阅读器）打开已保存的简报</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_panel.py" line="35" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_panel.py" line="36" />
        <source>Show the folder of the saved brief</source>
        <translation>打开已保存简报所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_panel.py" line="56" />
        <source>Exporting {name}…</source>
        <translation>正在导出 {name}…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/export_panel.py" line="86" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/indicator_table.py" line="28" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/indicator_table.py" line="28" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/indicator_table.py" line="29" />
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/indicator_table.py" line="29" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ItemTextDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/item_text_dialog.py" line="36" />
        <source>Text for this brief</source>
        <translation>本简报中的文字</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/item_text_dialog.py" line="40" />
        <source>The brief uses the wording on the right instead of the study's; the study itself is not changed. Marks such as {{indicator|place|period}} become the figures in the data when the brief is made: keep them. A blank line starts a new paragraph.</source>
        <translation>简报将使用右侧的文字代替研究报告原文，研究报告本身不会改动。文中形如 {{指标代码|地区代码|时期}} 的标记会在生成简报时换成数据中的数字，请保留；空一行即另起一段。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/item_text_dialog.py" line="49" />
        <source>The study's wording</source>
        <translation>研究报告原文</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/item_text_dialog.py" line="53" />
        <source>This brief's wording</source>
        <translation>本简报文字</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/item_text_dialog.py" line="57" />
        <source>The study's wording (read-only)</source>
        <translation>研究报告原文（只读）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/item_text_dialog.py" line="58" />
        <source>This &amp;brief's wording</source>
        <translation>本简报文字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/item_text_dialog.py" line="71" />
        <source>&amp;Use the study's wording</source>
        <translation>使用研究报告原文(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/item_text_dialog.py" line="73" />
        <source>Forget this brief's own text for the item</source>
        <translation>删除本简报为该条目改写的文字</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/item_view.py" line="47" />
        <source>Item text</source>
        <translation>条目正文</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/item_view.py" line="59" />
        <source>Figures it rests on</source>
        <translation>所依据的数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/item_view.py" line="61" />
        <source>Figures this item rests on</source>
        <translation>本条目所依据的数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/item_view.py" line="63" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/item_view.py" line="64" />
        <source>This part of the study cites no figures from the data.</source>
        <translation>研究报告的这一部分未引用数据中的数字。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/item_view.py" line="109" />
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
</context>
<context>
    <name>KeyFigureCard</name>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/key_figure_card.py" line="86" />
        <source>, another source</source>
        <translation>，来源不同</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/key_figure_card.py" line="87" />
        <source>{change} since {period} ({earlier}{other})</source>
        <translation>较{period} {change}（当时为 {earlier}{other}）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/key_figure_card.py" line="94" />
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/key_figure_card.py" line="95" />
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/key_figure_card.py" line="99" />
        <source>The {period} figure it is compared with comes from another source: {source}</source>
        <translation>用于比较的{period}数字出自另一来源：{source}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/key_figure_card.py" line="102" />
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/key_figure_card.py" line="103" />
        <source>Click or press Enter to open it in the Data tab.</source>
        <translation>单击或按 Enter 键可在“数据”选项卡中打开。</translation>
    </message>
</context>
<context>
    <name>OfficialSettings</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="35" />
        <source>Copy number</source>
        <translation>份号</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="36" />
        <source>Which copy this is, up to six digits; printed as six digits at the top left of the first page (12 becomes 000012)</source>
        <translation>公文印制份数的顺序号，最多六位数字，印在首页左上角，不足六位前面补 0（如 12 印为 000012）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="38" />
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="61" />
        <source>e.g. 12</source>
        <translation>如：12</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="39" />
        <source>Classification</source>
        <translation>密级和保密期限</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="40" />
        <source>The classification and its period, top left of the first page; left empty, the title page's Marking is printed there. Leave both empty for an unclassified document</source>
        <translation>印在首页左上角；留空则印“封面”中“密级”一栏的内容。不涉密的公文两处都留空</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="43" />
        <source>e.g. 秘密★1年</source>
        <translation>如：秘密★1年</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="44" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="45" />
        <source>Top left of the first page, below the classification: 特急 or 加急</source>
        <translation>印在首页左上角密级之下，填“特急”或“加急”；不紧急的留空</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="47" />
        <source>e.g. 特急</source>
        <translation>如：特急</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="48" />
        <source>Serial number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="49" />
        <source>Top right of the first page, printed as 编号：…</source>
        <translation>印在首页右上角，显示为“编号：×××”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="50" />
        <source>e.g. 0012</source>
        <translation>如：0012</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="51" />
        <source>Issuing authority</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="52" />
        <source>The issuing authority's name in large red type, centred at the head of the first page</source>
        <translation>首页版头居中套红印制的发文机关名称，一般为“××文件”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="54" />
        <source>e.g. 四川省商务厅文件</source>
        <translation>如：四川省商务厅文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="55" />
        <source>Bulletin name</source>
        <translation>简报名称</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="56" />
        <source>The bulletin's name in large red type at the head of the first page; left empty, the brief's Title is used</source>
        <translation>报头套红印制的简报名称；留空则用“标题”一栏的内容</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="58" />
        <source>e.g. 自贸试验区工作简报</source>
        <translation>如：自贸试验区工作简报</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="59" />
        <source>Issue number</source>
        <translation>期号</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="60" />
        <source>Printed below the bulletin's name as 第…期: a whole number</source>
        <translation>印在简报名称下方的“第×期”，填整数</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="62" />
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="63" />
        <source>The issuer's code, the year in 〔〕 and the number, centred above the red line</source>
        <translation>由发文机关代字、年份和发文顺序号组成，年份用六角括号“〔〕”括入，居中印在红色分隔线之上</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="65" />
        <source>e.g. 川商〔2026〕12号</source>
        <translation>如：川商〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="66" />
        <source>Compiled by</source>
        <translation>编印单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="67" />
        <source>Left above the red rule, with the brief's Date on the right; left empty, the Organisation is used</source>
        <translation>印在报头红线上方左侧，右侧为“日期”一栏的日期；留空则用“编制单位”一栏的内容</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="69" />
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="73" />
        <source>Empty: the Organisation</source>
        <translation>留空则用编制单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="70" />
        <source>Signed by</source>
        <translation>发文机关署名</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="71" />
        <source>The issuer's name after the text, above the date; left empty, the Organisation is used</source>
        <translation>正文之后、成文日期之上的发文机关署名；留空则用“编制单位”一栏的内容</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="74" />
        <source>Copied to</source>
        <translation>抄送机关</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="75" />
        <source>In the colophon at the foot of the last page; separate the bodies with commas (the closing full stop is added)</source>
        <translation>印在末页版记中；多个机关之间用逗号隔开，末尾的句号自动加上</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="77" />
        <source>e.g. 省发展改革委，省财政厅</source>
        <translation>如：省发展改革委，省财政厅</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="78" />
        <source>Printed by</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="79" />
        <source>Left in the colophon, usually the issuer's general office</source>
        <translation>印在版记左侧，一般为发文机关的办公厅（室）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="80" />
        <source>e.g. 四川省商务厅办公室</source>
        <translation>如：四川省商务厅办公室</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="81" />
        <source>Print date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="82" />
        <source>Right in the colophon, printed as 2026年3月5日印发; type 2026-03-05 or 2026年3月5日</source>
        <translation>印在版记右侧，显示为“2026年3月5日印发”；可填 2026-03-05 或 2026年3月5日</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="84" />
        <source>e.g. 2026-03-05</source>
        <translation>如：2026-03-05</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="85" />
        <source>Report to</source>
        <translation>报</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="86" />
        <source>After 报： at the end of the bulletin: the higher bodies it is reported to</source>
        <translation>报尾“报：”之后，填报送的上级机关</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="88" />
        <source>e.g. 省委办公厅，省政府办公厅</source>
        <translation>如：省委办公厅，省政府办公厅</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="89" />
        <source>Send to</source>
        <translation>送</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="90" />
        <source>After 送： at the end of the bulletin: the bodies at the same level it is sent to</source>
        <translation>报尾“送：”之后，填送达的同级或有关机关</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="92" />
        <source>e.g. 省直有关部门</source>
        <translation>如：省直有关部门</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="93" />
        <source>Issue to</source>
        <translation>发</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="94" />
        <source>After 发： at the end of the bulletin: the units below it is issued to</source>
        <translation>报尾“发：”之后，填下发的下级单位</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="96" />
        <source>e.g. 各片区管委会</source>
        <translation>如：各片区管委会</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="97" />
        <source>Copies printed</source>
        <translation>印数</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="98" />
        <source>Printed at the end as （共印…份）: a whole number</source>
        <translation>印在报尾的“（共印×份）”，填整数</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="99" />
        <source>e.g. 200</source>
        <translation>如：200</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="109" />
        <source>Parts of the official document</source>
        <translation>公文格式要素</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="110" />
        <source>Masthead and distribution of the bulletin</source>
        <translation>简报报头和报尾</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="111" />
        <source>Font profile</source>
        <translation>字体方案</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="136" />
        <source>change the font profile</source>
        <translation>更改字体方案</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="113" />
        <source>{name} (office fonts)</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="114" />
        <source>{name} (Windows fonts)</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="115" />
        <source>{name}: title {title}, headings {heading1} and {heading2}, text {body}</source>
        <translation>{name}：标题{title}，一级标题{heading1}，二级标题{heading2}，正文{body}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="137" />
        <source>edit '{part}'</source>
        <translation>编辑“{part}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="159" />
        <source>{field} takes digits only, e.g. {example}</source>
        <translation>{field}只能填数字，如 {example}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="162" />
        <source>{field} has at most six digits</source>
        <translation>{field}最多六位数字</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/official_fields.py" line="174" />
        <source>{field} is not a date; write it as 2026-03-05</source>
        <translation>{field}不是有效日期，请按 2026-03-05 的格式填写</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="50" />
        <source>Brief contents</source>
        <translation>简报内容</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="50" />
        <source>Detail</source>
        <translation>详略</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="51" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="52" />
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="89" />
        <source>Set for this item</source>
        <translation>已为本条目单独设置</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="90" />
        <source>Follows the brief's default ({default})</source>
        <translation>沿用简报默认设置（{default}）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="91" />
        <source>; change it with F2, a double click or the context menu</source>
        <translation>；可按 F2、双击或通过右键菜单更改</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="92" />
        <source>Latest period with a value</source>
        <translation>有数值的最近时期</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="93" />
        <source>No value in this workspace</source>
        <translation>本工作区中没有数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="94" />
        <source>Rewritten</source>
        <translation>已改写</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="95" />
        <source>Text rewritten for this brief</source>
        <translation>已为本简报改写文字</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_model.py" line="96" />
        <source>Text rewritten for this brief; the detail applies again once the study's wording is used</source>
        <translation>已为本简报改写文字；恢复使用研究报告原文后，详略设置重新生效</translation>
    </message>
</context>
<context>
    <name>OutlineNodes</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_nodes.py" line="20" />
        <source>Text of the study</source>
        <translation>研究报告正文</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_nodes.py" line="21" />
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_nodes.py" line="22" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_nodes.py" line="23" />
        <source>Sections and their items, in the order the brief gives them</source>
        <translation>各章节及其条目，按简报中的顺序排列</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_nodes.py" line="25" />
        <source>Indicators for the key-figures table (and the appendix), by section and topic</source>
        <translation>用于主要数据表（及附录）的指标，按章节和主题分组</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_nodes.py" line="28" />
        <source>Charts, in the order the brief shows them</source>
        <translation>图表，按简报中的顺序排列</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="12" />
        <source>Brief's default</source>
        <translation>简报默认</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="49" />
        <source>Brief contents</source>
        <translation>简报内容</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="70" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="72" />
        <source>Move the selected row up among its siblings (Alt+Shift+Up)</source>
        <translation>在同级中上移所选行（Alt+Shift+↑）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="74" />
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="76" />
        <source>Move the selected row down among its siblings (Alt+Shift+Down)</source>
        <translation>在同级中下移所选行（Alt+Shift+↓）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="78" />
        <source>Edit text for this &amp;brief…</source>
        <translation>为本简报改写文字(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="79" />
        <source>Give the selected item this brief's own wording; the study is not changed</source>
        <translation>为所选条目改写本简报中的文字；研究报告本身不变</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="144" />
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="146" />
        <source>Clear all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="162" />
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/outline_view.py" line="163" />
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/overview_tab.py" line="44" />
        <source>The Sichuan Pilot Free Trade Zone at a glance</source>
        <translation>四川自贸试验区概览</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/overview_tab.py" line="49" />
        <source>Headline figures from the current data. Hover over a figure for its source; click it, or press Enter, to open it in the Data tab.</source>
        <translation>根据当前数据列出的主要数字。将鼠标悬停在数字上可查看来源；单击或按 Enter 键可在“数据”选项卡中打开。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/overview_tab.py" line="64" />
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="31" />
        <source> (and {count} warning)</source>
        <translation>（另有 {count} 条警告）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="33" />
        <source> (and {count} warnings)</source>
        <translation>（另有 {count} 条警告）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="35" />
        <source>{count} problem stops the export{warnings}. Fix it and export again.</source>
        <translation>有 {count} 个问题导致无法导出{warnings}。请修正后重新导出。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="37" />
        <source>{count} problems stop the export{warnings}. Fix them and export again.</source>
        <translation>有 {count} 个问题导致无法导出{warnings}。请修正后重新导出。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="41" />
        <source>{count} warning about this brief. You can export anyway, or cancel and change the brief.</source>
        <translation>本简报有 {count} 条警告。可以仍然导出，也可以取消并修改简报。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="44" />
        <source>{count} warnings about this brief. You can export anyway, or cancel and change the brief.</source>
        <translation>本简报有 {count} 条警告。可以仍然导出，也可以取消并修改简报。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="52" />
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="54" />
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="61" />
        <source>Before the export</source>
        <translation>导出前检查</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="72" />
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="77" />
        <source>Error ({kind})</source>
        <translation>错误（{kind}）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="77" />
        <source>Warning ({kind})</source>
        <translation>警告（{kind}）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="85" />
        <source>&amp;Copy list</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preflight_dialog.py" line="92" />
        <source>&amp;Export anyway</source>
        <translation>仍然导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="145" />
        <source>The page count is known after export (the brief has charts, tables or notes)</source>
        <translation>简报含图表、表格或脚注，页数导出后方可确定</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="147" />
        <source>Charts, tables and notes do not keep to the grid of {lines} lines of {chars} characters, so their pages are not counted ahead</source>
        <translation>图表、表格和脚注不按每页 {lines} 行、每行 {chars} 字的行格排列，无法事先推算页数</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="149" />
        <source>About {pages} page ({lines} lines of {chars} characters)</source>
        <translation>约 {pages} 页（每页 {lines} 行，每行 {chars} 字）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="150" />
        <source>About {pages} pages ({lines} lines of {chars} characters)</source>
        <translation>约 {pages} 页（每页 {lines} 行，每行 {chars} 字）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="151" />
        <source>Counted from the text on the layout's grid of {lines} lines of {chars} characters a page</source>
        <translation>按版式每页 {lines} 行、每行 {chars} 字的行格，由正文推算</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="180" />
        <source>The preview could not be built ({error}). Details are in the log.</source>
        <translation>无法生成预览（{error}）。详细信息见日志。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="193" />
        <source>Brief preview</source>
        <translation>简报预览</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="199" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="235" />
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="266" />
        <source>Updated in {ms} ms</source>
        <translation>已更新，用时 {ms} 毫秒</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="267" />
        <source>Not updated</source>
        <translation>未更新</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/preview.py" line="273" />
        <source>The preview cannot show this brief.</source>
        <translation>无法预览此简报。</translation>
    </message>
</context>
<context>
    <name>RecipeActions</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="44" />
        <source>&amp;Save in workspace…</source>
        <translation>保存到工作区(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="45" />
        <source>Keep the ticked contents and settings under a name in this workspace</source>
        <translation>将勾选的内容和设置以一个名称保存在本工作区中</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="46" />
        <source>&amp;Open from workspace…</source>
        <translation>从工作区打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="47" />
        <source>Use a recipe saved in this workspace</source>
        <translation>使用本工作区中保存的方案</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="48" />
        <source>&amp;Delete from workspace…</source>
        <translation>从工作区删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="49" />
        <source>Delete a recipe saved in this workspace</source>
        <translation>删除本工作区中保存的方案</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="50" />
        <source>&amp;Export to file…</source>
        <translation>导出为文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="51" />
        <source>Save the recipe as a file to send to a colleague</source>
        <translation>将方案保存为文件，以便发送给同事</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="52" />
        <source>Open from &amp;file…</source>
        <translation>从文件打开(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="53" />
        <source>Use a recipe from a file (.ftzrecipe or .json)</source>
        <translation>使用文件中的方案（.ftzrecipe 或 .json）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="55" />
        <source>&amp;Reset to the whole study</source>
        <translation>恢复为整份研究报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="56" />
        <source>Tick every section, item, indicator and chart, with default settings</source>
        <translation>勾选全部章节、条目、指标和图表，并恢复默认设置</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="83" />
        <source>Recipes not available</source>
        <translation>方案不可用</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="98" />
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="168" />
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="217" />
        <source>Recipe not saved</source>
        <translation>方案未保存</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="99" />
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="218" />
        <source>The recipe '{name}' was not saved: {error}</source>
        <translation>方案“{name}”未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="103" />
        <source>Saved the recipe '{name}' in the workspace.</source>
        <translation>方案“{name}”已保存到工作区。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="112" />
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="138" />
        <source>No saved recipes</source>
        <translation>没有已保存的方案</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="113" />
        <source>This workspace has no saved recipes yet. Use Save in workspace… first.</source>
        <translation>本工作区尚无已保存的方案。请先使用“保存到工作区…”。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="115" />
        <source>Open recipe</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="116" />
        <source>Recipe saved in this workspace:</source>
        <translation>本工作区中保存的方案：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="123" />
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="184" />
        <source>Recipe not opened</source>
        <translation>方案未打开</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="124" />
        <source>The recipe '{name}' cannot be used: {error}</source>
        <translation>方案“{name}”无法使用：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="127" />
        <source>The recipe '{name}'</source>
        <translation>方案“{name}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="128" />
        <source>open the recipe '{name}'</source>
        <translation>打开方案“{name}”</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="130" />
        <source>Opened the recipe '{name}'.</source>
        <translation>已打开方案“{name}”。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="139" />
        <source>This workspace has no saved recipes.</source>
        <translation>本工作区没有已保存的方案。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="141" />
        <source>Delete recipe</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="141" />
        <source>Recipe to delete:</source>
        <translation>要删除的方案：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="147" />
        <source>Recipe not deleted</source>
        <translation>方案未删除</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="148" />
        <source>The recipe '{name}' was not deleted: {error}</source>
        <translation>方案“{name}”未删除：{error}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="150" />
        <source>Deleted the recipe '{name}' from the workspace.</source>
        <translation>已从工作区删除方案“{name}”。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="171" />
        <source>Saved the recipe as {path}</source>
        <translation>方案已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="187" />
        <source>open the recipe {name}</source>
        <translation>打开方案 {name}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_actions.py" line="189" />
        <source>Opened the recipe {name}.</source>
        <translation>已打开方案 {name}。</translation>
    </message>
</context>
<context>
    <name>RecipeDialogs</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="21" />
        <source>Brief recipes (*.ftzrecipe *.json);;All files (*)</source>
        <translation>简报方案 (*.ftzrecipe *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="22" />
        <source>Word templates (*.docx *.dotx);;All files (*)</source>
        <translation>Word 模板 (*.docx *.dotx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="38" />
        <source>Save recipe in the workspace</source>
        <translation>将方案保存到工作区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="39" />
        <source>Name of the recipe:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="45" />
        <source>The workspace already has a recipe named '{name}'. Replace it?</source>
        <translation>工作区中已有名为“{name}”的方案。是否替换？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="47" />
        <source>Replace recipe?</source>
        <translation>替换方案？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="62" />
        <source>Delete the recipe '{name}' from the workspace? Briefs already exported are not affected.</source>
        <translation>是否从工作区删除方案“{name}”？已导出的简报不受影响。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="64" />
        <source>Delete recipe?</source>
        <translation>删除方案？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="72" />
        <source>Export recipe to a file</source>
        <translation>将方案导出为文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="78" />
        <source>Open a recipe file</source>
        <translation>打开方案文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="84" />
        <source>Choose a Word template</source>
        <translation>选择 Word 模板</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="91" />
        <source>The brief has changes that are not saved in the recipe '{name}'. Save them in the recipe before closing?

If you do not, the recipe keeps its earlier version; the brief on screen still comes back as your draft next time.</source>
        <translation>简报中有尚未保存到方案“{name}”的更改。关闭前是否保存到该方案？

如不保存，方案仍保持原先的版本；屏幕上的简报下次启动时仍会作为草稿恢复。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/recipe_dialogs.py" line="96" />
        <source>Save the recipe?</source>
        <translation>保存方案？</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人保存</translation>
    </message>
    <message>
        <source>{reason}

Open their recipe, or save yours over it?</source>
        <translation>{reason}

打开对方保存的方案，还是用您的方案覆盖？</translation>
    </message>
    <message>
        <source>Open theirs</source>
        <translation>打开对方的</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>保存我的</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/section_tab.py" line="48" />
        <source>Items of {section}</source>
        <translation>{section}的条目</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/section_tab.py" line="113" />
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="40" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="41" />
        <source>中文 (Chinese)</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="42" />
        <source>Summary of each item</source>
        <translation>每个条目的摘要</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="43" />
        <source>Full text of each item</source>
        <translation>每个条目的全文</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="44" />
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="45" />
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="46" />
        <source>When the brief is long</source>
        <translation>简报较长时</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="47" />
        <source>Always</source>
        <translation>始终</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="48" />
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="50" />
        <source>Standard</source>
        <translation>标准版式</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="51" />
        <source>Official document (GB/T 9704)</source>
        <translation>公文式（GB/T 9704）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="52" />
        <source>Briefing bulletin (简报)</source>
        <translation>简报式</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="86" />
        <source>Title page</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="89" />
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="89" />
        <source>&amp;Subtitle</source>
        <translation>副标题(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="90" />
        <source>&amp;Organisation</source>
        <translation>编制单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="90" />
        <source>&amp;Author</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="91" />
        <source>Dat&amp;e</source>
        <translation>日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="91" />
        <source>Mar&amp;king</source>
        <translation>密级(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="92" />
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="94" />
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="93" />
        <source>e.g. Department of Commerce of Sichuan Province</source>
        <translation>例如：四川省商务厅</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="94" />
        <source>YYYY-MM-DD, or as it should read</source>
        <translation>如 2024-06-30，或按需要显示的写法填写</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="95" />
        <source>Header line on every page, e.g. For internal use</source>
        <translation>显示在每页页眉，例如：内部资料</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="104" />
        <source>Printed at the top of every page (a security or distribution marking)</source>
        <translation>印在每页顶端（密级或发送范围标注）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="106" />
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="112" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="116" />
        <source>What each item gives unless set per item in the outline (Detail column)</source>
        <translation>各条目默认给出的内容（可在大纲的“详略”列中逐条设置）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="118" />
        <source>De&amp;fault text</source>
        <translation>默认内容(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="121" />
        <source>Optional. A few sentences for the reader in a hurry; a blank line starts a new paragraph.</source>
        <translation>可选。供快速阅读的几句话；空一行即另起一段。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="126" />
        <source>E&amp;xecutive summary</source>
        <translation>内容提要(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="128" />
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="134" />
        <source>Paper si&amp;ze</source>
        <translation>纸张大小(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="135" />
        <source>Appendix of data tables</source>
        <translation>附录：数据表</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="136" />
        <source>Add an appendix with every reported value of the ticked indicators</source>
        <translation>添加附录，列出所勾选指标的全部报告数值</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="142" />
        <source>A title page and a contents page before the text: when the brief is long enough to need them, always, or never</source>
        <translation>正文前的封面和目录页：在简报篇幅需要时添加、始终添加或从不添加</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="145" />
        <source>Title page and &amp;contents</source>
        <translation>封面和目录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="155" />
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="156" />
        <source>Use your office's Word template (.docx or .dotx)</source>
        <translation>使用本单位的 Word 模板（.docx 或 .dotx）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="158" />
        <source>Te&amp;mplate</source>
        <translation>模板(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="246" />
        <source>The study's text is not yet available in {language}</source>
        <translation>研究报告尚无{language}文本</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="291" />
        <source>The official layouts are always on A4 paper, without a title page or contents</source>
        <translation>公文式和简报式固定使用 A4 纸，不设封面和目录页</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/brief/settings_form.py" line="312" />
        <source>The built-in look: numbered headings, a contents page and the house table style.</source>
        <translation>内置样式：标题编号、目录页和统一的表格样式。</translation>
    </message>
</context>
<context>
    <name>StatusBlock</name>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/status_block.py" line="38" />
        <source>Figures: {item}</source>
        <translation>数据：{item}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/status_block.py" line="58" />
        <source>Figures in this part</source>
        <translation>本部分的数据</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/status_tab.py" line="47" />
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tabs/status_tab.py" line="49" />
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
</context>
<context>
    <name>TabRegistry</name>
    <message>
        <location filename="../../ftz_desktop/ui/tab_registry.py" line="26" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tab_registry.py" line="28" />
        <source>Status</source>
        <translation>发展现状</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tab_registry.py" line="30" />
        <source>Shortcomings</source>
        <translation>存在的不足</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tab_registry.py" line="32" />
        <source>Opportunities</source>
        <translation>发展机遇</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tab_registry.py" line="34" />
        <source>Recommendations</source>
        <translation>对策建议</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tab_registry.py" line="36" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/tab_registry.py" line="38" />
        <source>Brief</source>
        <translation>简报</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <location filename="../../ftz_desktop/ui/workspace_controller.py" line="47" />
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/workspace_controller.py" line="48" />
        <source>{error}

Open it read-only?</source>
        <translation>{error}

是否以只读方式打开？</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/workspace_controller.py" line="50" />
        <source>Damaged workspace</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/workspace_controller.py" line="51" />
        <source>{error}

Restore the newest good backup ({backup})? The damaged file is kept beside it, unchanged.</source>
        <translation>{error}

是否恢复最近一次完好的备份（{backup}）？损坏的文件将原样保留在其旁边。</translation>
    </message>
</context>
</TS>