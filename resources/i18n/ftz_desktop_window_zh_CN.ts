<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="47" />
        <source>Connect to a team workspace</source>
        <translation>连接团队工作区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="57" />
        <source>A team workspace lives on the office's PostgreSQL server. Ask the administrator for its address, the database and your user name.</source>
        <translation>团队工作区保存在本单位的 PostgreSQL 服务器上。请向管理员索取服务器地址、数据库名称和您的用户名。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="61" />
        <source>e.g. stats-server or 192.168.1.20</source>
        <translation>例如 stats-server 或 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="70" />
        <source>Empty: from PGPASSWORD or the password file</source>
        <translation>留空：使用 PGPASSWORD 或密码文件中的密码</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="71" />
        <source>Remember the password in this computer's keyring</source>
        <translation>在本机的系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="75" />
        <source>Kept by the operating system's keyring, nowhere else.</source>
        <translation>密码只保存在操作系统的密钥环中，不存放在其他任何地方。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="84" />
        <source>Optional: the CA file that vouches for the server</source>
        <translation>可选：为服务器作担保的 CA 证书文件</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="85" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="91" />
        <source>Open read-only (read and export, change nothing)</source>
        <translation>以只读方式打开（只查看和导出，不作任何修改）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="95" />
        <source>Host:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="96" />
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="97" />
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="98" />
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="99" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="101" />
        <source>Encryption (TLS):</source>
        <translation>加密（TLS）：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="102" />
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="115" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="130" />
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>服务器支持时加密（prefer）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="131" />
        <source>Always encrypt (require)</source>
        <translation>始终加密（require）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="132" />
        <source>Encrypt and verify the server's certificate (verify-full)</source>
        <translation>加密并核验服务器证书（verify-full）</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="178" />
        <source>Connecting to {name}…</source>
        <translation>正在连接 {name}…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="210" />
        <source>Connecting was cancelled; nothing was opened.</source>
        <translation>已取消连接，未打开任何工作区。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="222" />
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/connect_dialog.py" line="223" />
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../ftz_desktop/ui/team/live.py" line="26" />
        <source>Offline: reconnecting to the team workspace…</source>
        <translation>离线：正在重新连接团队工作区…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/live.py" line="28" />
        <source>The connection to the server was lost. Changes you make are refused until it is back; colleagues' changes arrive again when it reconnects.</source>
        <translation>与服务器的连接已断开。恢复连接前，您所做的修改将无法保存；重新连接后，同事的修改会继续同步过来。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="92" />
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/banners.py" line="31" />
        <source>Warning: {risk}</source>
        <translation>注意：{risk}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/banners.py" line="38" />
        <source>You can read this team workspace; changing it needs the ftz_editor role — ask the administrator.</source>
        <translation>您可以查看此团队工作区；修改需要 ftz_editor 角色，请联系管理员开通。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="199" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="200" />
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="202" />
        <source>&amp;Export brief…</source>
        <translation>导出简报(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="206" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="219" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="156" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="156" />
        <source>&amp;Undo {change}</source>
        <translation>撤销{change}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="157" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="157" />
        <source>&amp;Redo {change}</source>
        <translation>重做{change}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="204" />
        <source>Export brief as &amp;PDF…</source>
        <translation>将简报导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="230" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="231" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="242" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="243" />
        <source>&amp;About ftz-desktop</source>
        <translation>关于 ftz-desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="248" />
        <source>Licence: MIT.</source>
        <translation>许可协议：MIT。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="253" />
        <source>The policy study of the China (Sichuan) Pilot Free Trade Zone as a living tool: its text, its figures and customised Word briefs, offline.</source>
        <translation>将中国（四川）自由贸易试验区政策研究做成可持续更新的工具：研究文本、数据和可定制的 Word 简报，全部离线可用。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="255" />
        <source>Data sources:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="256" />
        <source>Workspace: {path}</source>
        <translation>工作区：{path}</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="262" />
        <source>About ftz-desktop</source>
        <translation>关于 ftz-desktop</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="267" />
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="268" />
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
        <location filename="../../ftz_desktop/ui/main_window.py" line="294" />
        <location filename="../../ftz_desktop/ui/main_window.py" line="308" />
        <source>Sichuan Pilot Free Trade Zone — ftz-desktop</source>
        <translation>四川自贸试验区 — ftz-desktop</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/banners.py" line="42" />
        <source>This workspace is open read-only: you can read and export, but not edit. Open a writable copy to make changes.</source>
        <translation>此工作区以只读方式打开：可以查看和导出，但不能修改。如需修改，请打开可写的副本。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/main_window.py" line="329" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The connection to the team workspace&apos;s server is lost. Until it is back, the window shows the figures as last read and takes no changes; it reconnects by itself. Nothing that was saved is lost.</source>
        <translation>与团队工作区服务器的连接已断开。恢复连接前，窗口显示最近一次读取的数据，暂不接受修改；连接会自动恢复，已保存的内容不会丢失。</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation>（离线）</translation>
    </message>
</context>
<context>
    <name>TeamLogin</name>
    <message>
        <location filename="../../ftz_desktop/ui/team/login.py" line="19" />
        <source>Host</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/login.py" line="19" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/login.py" line="20" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/login.py" line="21" />
        <source>{field}: please fill it in.</source>
        <translation>{field}：请填写。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/login.py" line="22" />
        <source>{field}: remove the spaces at its start or end.</source>
        <translation>{field}：请删除开头或结尾的空格。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/login.py" line="23" />
        <source>Port: a number from 1 to 65535 (PostgreSQL's usual port is 5432).</source>
        <translation>端口：请填写 1 至 65535 之间的数字（PostgreSQL 通常使用 5432）。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/login.py" line="24" />
        <source>Encryption: choose one of the offered modes.</source>
        <translation>加密：请从列出的方式中选择一种。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/login.py" line="25" />
        <source>CA certificate: the file {file} does not exist.</source>
        <translation>CA 证书：文件 {file} 不存在。</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../ftz_desktop/ui/team/menu.py" line="19" />
        <source>Connect to a &amp;team workspace…</source>
        <translation>连接团队工作区(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/menu.py" line="20" />
        <source>Open the workspace the office keeps on its PostgreSQL server</source>
        <translation>打开本单位保存在 PostgreSQL 服务器上的工作区</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/menu.py" line="23" />
        <source>Recent team &amp;workspaces</source>
        <translation>最近的团队工作区(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/menu.py" line="27" />
        <source>{name}, encryption: {mode}</source>
        <translation>{name}，加密方式：{mode}</translation>
    </message>
</context>
<context>
    <name>TeamPasswords</name>
    <message>
        <location filename="../../ftz_desktop/ui/team/passwords.py" line="33" />
        <source>Passwords cannot be kept on this computer: the keyring package is not installed.</source>
        <translation>本机无法保存密码：未安装 keyring 组件。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/passwords.py" line="46" />
        <source>Passwords cannot be kept on this computer: it has no keyring (such as Windows Credential Manager) to keep them in.</source>
        <translation>本机无法保存密码：没有可用的系统密钥环（如 Windows 凭据管理器）。</translation>
    </message>
    <message>
        <location filename="../../ftz_desktop/ui/team/passwords.py" line="74" />
        <source>The keyring did not keep the password ({error}); it will be asked for next time.</source>
        <translation>系统密钥环未能保存密码（{error}），下次连接时将再次询问。</translation>
    </message>
</context>
</TS>