#include "ui/dialogs/HostKeyDialog.h"

#include "ui/Tr.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

namespace {
QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:@%+=,-]+$"_s);
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}
} // namespace

HostKeyDialog::HostKeyDialog(const inventory::Node &node, const fleet::NodeStatus &status,
    const std::optional<transport::HostKey> &offered, QWidget *parent)
    : QDialog(parent)
    , m_node(node)
    , m_offered(offered)
    , m_textLabel(new QLabel(this))
    , m_commandEdit(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"hostKeyDialog"_s);
    setWindowTitle(Tr::tr("Host key of %1").arg(node.name));
    const fleet::HostKeyFacts key = status.hostKey.value_or(fleet::HostKeyFacts {});
    m_offersAccept = key.status == u"unknown" && offered && !offered->isNull();

    m_textLabel->setObjectName(u"hostKeyText"_s);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::RichText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setText(m_offersAccept ? unknownKeyText(key) : refusedKeyText(key));
    m_commandEdit->setObjectName(u"fixCommandEdit"_s);
    m_commandEdit->setReadOnly(true);

    auto *icon = new QLabel(this);
    const auto standardIcon =
        m_offersAccept ? QStyle::SP_MessageBoxQuestion : QStyle::SP_MessageBoxCritical;
    icon->setPixmap(style()->standardIcon(standardIcon).pixmap(48, 48));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_textLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_commandEdit);
    layout->addWidget(m_buttons);

    if (m_offersAccept) {
        m_commandEdit->hide();
        QPushButton *accept =
            m_buttons->addButton(Tr::tr("Accept and connect"), QDialogButtonBox::AcceptRole);
        accept->setObjectName(u"acceptHostKeyButton"_s);
        QPushButton *reject = m_buttons->addButton(Tr::tr("Reject"), QDialogButtonBox::RejectRole);
        reject->setObjectName(u"rejectHostKeyButton"_s);
        // Trusting a key takes a deliberate click, never a stray Enter.
        reject->setDefault(true);
        reject->setFocus();
    } else {
        m_commandEdit->setText(removeCommand(key.host.isEmpty() ? node.host : key.host,
            key.host.isEmpty() ? node.port : key.port, key.knownHostsPath));
        QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
        close->setObjectName(u"closeHostKeyButton"_s);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

QString HostKeyDialog::unknownKeyText(const fleet::HostKeyFacts &key) const
{
    const QString where = key.port == 22 ? key.host : u"[%1]:%2"_s.arg(key.host).arg(key.port);
    return Tr::tr("<p><b>The authenticity of host %1 (node %2) cannot be established.</b></p>"
                  "<p>It offers this %3 key:<br><tt>%4</tt></p>"
                  "<p>Compare the fingerprint with the one the host's administrator gives you "
                  "(<tt>ssh-keygen -lf</tt> on the host's public key). If you accept, the key is "
                  "written to <tt>%5</tt> and later connections must present the same key.</p>"
                  "<p>Do you trust this key and want to connect?</p>")
        .arg(where.toHtmlEscaped(), m_node.name.toHtmlEscaped(), key.offeredType.toHtmlEscaped(),
            key.offeredFingerprint.toHtmlEscaped(),
            QDir::toNativeSeparators(key.knownHostsPath).toHtmlEscaped());
}

QString HostKeyDialog::refusedKeyText(const fleet::HostKeyFacts &key) const
{
    const QString where = key.port == 22 ? key.host : u"[%1]:%2"_s.arg(key.host).arg(key.port);
    QString pinned;
    for (const QString &fingerprint : key.pinnedFingerprints)
        pinned += u"<br><tt>"_s + fingerprint.toHtmlEscaped() + u"</tt>"_s;
    if (key.status == u"unknown") {
        // An unknown key whose blob did not reach us cannot be pinned safely: connect again.
        return Tr::tr("<p><b>The host key of %1 (node %2) is not known.</b></p>"
                      "<p>It offered this %3 key:<br><tt>%4</tt></p>"
                      "<p>Connect to the node again to be asked whether to trust it.</p>")
            .arg(where.toHtmlEscaped(), m_node.name.toHtmlEscaped(),
                key.offeredType.toHtmlEscaped(), key.offeredFingerprint.toHtmlEscaped());
    }
    return Tr::tr("<p><b>WARNING: the host key of %1 (node %2) has CHANGED.</b></p>"
                  "<p>Someone could be eavesdropping on you (a man-in-the-middle attack), or the "
                  "host was reinstalled. Fleetdeck refuses to connect.</p>"
                  "<p>Pinned in <tt>%3</tt>:%4</p>"
                  "<p>Offered now (%5):<br><tt>%6</tt></p>"
                  "<p>If the host's administrator confirms the new key, remove the old line with "
                  "the command below and connect again; you will then be asked to confirm the "
                  "new key.</p>")
        .arg(where.toHtmlEscaped(), m_node.name.toHtmlEscaped(),
            QDir::toNativeSeparators(key.knownHostsPath).toHtmlEscaped(), pinned,
            key.offeredType.toHtmlEscaped(), key.offeredFingerprint.toHtmlEscaped());
}

QString HostKeyDialog::fixCommand() const
{
    return m_offersAccept ? QString() : m_commandEdit->text();
}

QString HostKeyDialog::removeCommand(const QString &host, int port, const QString &knownHostsPath)
{
    const QString pattern = port == 22 ? host : u"[%1]:%2"_s.arg(host).arg(port);
    QString command = u"ssh-keygen -R "_s + shellQuoted(pattern);
    if (!knownHostsPath.isEmpty())
        command += u" -f "_s + shellQuoted(knownHostsPath);
    return command;
}

HostKeyQueue::HostKeyQueue(QWidget *parentWidget)
    : QObject(parentWidget)
    , m_parentWidget(parentWidget)
{
}

void HostKeyQueue::ask(const inventory::Node &node, const fleet::NodeStatus &status,
    const std::optional<transport::HostKey> &offered)
{
    if (m_current && m_current->node().id == node.id && m_current->offeredKey() == offered)
        return; // the same question is on screen already
    const auto same = [&node](const Prompt &p) { return p.node.id == node.id; };
    if (const auto it = std::find_if(m_pending.begin(), m_pending.end(), same);
        it != m_pending.end())
        *it = { node, status, offered };
    else
        m_pending.append({ node, status, offered });
    showNext();
}

void HostKeyQueue::showNext()
{
    if (m_current || m_pending.isEmpty())
        return;
    const Prompt prompt = m_pending.takeFirst();
    auto *dialog = new HostKeyDialog(prompt.node, prompt.status, prompt.offered, m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_current = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (dialog->offersAccept()) {
            if (result == QDialog::Accepted)
                Q_EMIT accepted(dialog->node(), *dialog->offeredKey());
            else
                Q_EMIT rejected(dialog->node());
        }
        m_current = nullptr;
        // The next question after this one has closed, not from inside its signal.
        QMetaObject::invokeMethod(this, &HostKeyQueue::showNext, Qt::QueuedConnection);
    });
    dialog->open();
}

} // namespace fleetdeck::ui
