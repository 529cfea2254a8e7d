<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="95" />
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="107" />
        <source>Warning: {risk}</source>
        <translation>注意：{risk}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="206" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="207" />
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="209" />
        <source>&amp;Export brief…</source>
        <translation>导出简报(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="213" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="220" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="163" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="163" />
        <source>&amp;Undo {change}</source>
        <translation>撤销{change}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="164" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="164" />
        <source>&amp;Redo {change}</source>
        <translation>重做{change}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="211" />
        <source>Export brief as &amp;PDF…</source>
        <translation>将简报导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="231" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="232" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="243" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="244" />
        <source>&amp;About ftz-desktop</source>
        <translation>关于 ftz-desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="249" />
        <source>Licence: MIT.</source>
        <translation>许可协议：MIT。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="254" />
        <source>The policy study of the China (Sichuan) Pilot Free Trade Zone as a living tool: its text, its figures and customised Word briefs, offline.</source>
        <translation>将中国（四川）自由贸易试验区政策研究做成可持续更新的工具：研究文本、数据和可定制的 Word 简报，全部离线可用。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="256" />
        <source>Data sources:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="257" />
        <source>Workspace: {path}</source>
        <translation>工作区：{path}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="263" />
        <source>About ftz-desktop</source>
        <translation>关于 ftz-desktop</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="268" />
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="269" />
        <source>ftz-desktop workspaces (*.ftzdb *.db);;All files (*)</source>
        <translation>ftz-desktop 工作区 (*.ftzdb *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="291" />
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="292" />
        <source>Workspace: {name}{mode}</source>
        <translation>工作区：{name}{mode}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="298" />
        <source>Sichuan Pilot Free Trade Zone — ftz-desktop</source>
        <translation>四川自贸试验区 — ftz-desktop</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="299" />
        <source>This workspace is open read-only: you can read and export, but not edit. Open a writable copy to make changes.</source>
        <translation>此工作区以只读方式打开：可以查看和导出，但不能修改。如需修改，请打开可写的副本。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="320" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
</TS>