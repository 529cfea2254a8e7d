<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="84" />
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="96" />
        <source>Warning: {risk}</source>
        <translation>注意：{risk}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="178" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="179" />
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="181" />
        <source>&amp;Export brief…</source>
        <translation>导出简报(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="183" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="190" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="191" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="193" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="202" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="203" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="214" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="215" />
        <source>&amp;About ftz-desktop</source>
        <translation>关于 ftz-desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="220" />
        <source>Licence: MIT.</source>
        <translation>许可协议：MIT。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="225" />
        <source>The policy study of the China (Sichuan) Pilot Free Trade Zone as a living tool: its text, its figures and customised Word briefs, offline.</source>
        <translation>将中国（四川）自由贸易试验区政策研究做成可持续更新的工具：研究文本、数据和可定制的 Word 简报，全部离线可用。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="227" />
        <source>Data sources:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="228" />
        <source>Workspace: {path}</source>
        <translation>工作区：{path}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="234" />
        <source>About ftz-desktop</source>
        <translation>关于 ftz-desktop</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="239" />
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="240" />
        <source>ftz-desktop workspaces (*.ftzdb *.db);;All files (*)</source>
        <translation>ftz-desktop 工作区 (*.ftzdb *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="254" />
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="255" />
        <source>Workspace: {name}{mode}</source>
        <translation>工作区：{name}{mode}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="261" />
        <source>Sichuan Pilot Free Trade Zone — ftz-desktop</source>
        <translation>四川自贸试验区 — ftz-desktop</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="262" />
        <source>This workspace is open read-only: you can read and export, but not edit. Open a writable copy to make changes.</source>
        <translation>此工作区以只读方式打开：可以查看和导出，但不能修改。如需修改，请打开可写的副本。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="283" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
</TS>