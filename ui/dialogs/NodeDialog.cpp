#include "ui/dialogs/NodeDialog.h"

#include "ui/Tr.h"
#include "ui/widgets/FileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using inventory::Node;
using inventory::Tier;

NodeDialog::NodeDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_nameEdit(new QLineEdit(this))
    , m_hostEdit(new QLineEdit(this))
    , m_portSpin(new QSpinBox(this))
    , m_userEdit(new QLineEdit(this))
    , m_identityEdit(new QLineEdit(this))
    , m_identityBrowse(new QPushButton(this))
    , m_siteCombo(new QComboBox(this))
    , m_tierCombo(new QComboBox(this))
    , m_labelsEdit(new QPlainTextEdit(this))
    , m_agentEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_hostEdit->setObjectName(u"hostEdit"_s);
    m_portSpin->setObjectName(u"portSpin"_s);
    m_userEdit->setObjectName(u"userEdit"_s);
    m_identityEdit->setObjectName(u"identityEdit"_s);
    m_siteCombo->setObjectName(u"siteCombo"_s);
    m_tierCombo->setObjectName(u"tierCombo"_s);
    m_labelsEdit->setObjectName(u"labelsEdit"_s);
    m_agentEdit->setObjectName(u"agentEdit"_s);
    m_problemLabel->setObjectName(u"problemLabel"_s);

    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(22);
    m_siteCombo->setEditable(true);
    m_siteCombo->setInsertPolicy(QComboBox::NoInsert);
    m_tierCombo->addItem(QString(), int(Tier::Edge));
    m_tierCombo->addItem(QString(), int(Tier::Cloud));
    m_labelsEdit->setTabChangesFocus(true);
    m_labelsEdit->setFixedHeight(m_labelsEdit->fontMetrics().height() * 5);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);

    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identityEdit, 1);
    identityRow->addWidget(m_identityBrowse);
    for (int i = 0; i < 9; ++i)
        m_form->addRow(new QLabel(this), static_cast<QWidget *>(nullptr));
    m_form->setWidget(0, QFormLayout::FieldRole, m_nameEdit);
    m_form->setWidget(1, QFormLayout::FieldRole, m_hostEdit);
    m_form->setWidget(2, QFormLayout::FieldRole, m_portSpin);
    m_form->setWidget(3, QFormLayout::FieldRole, m_userEdit);
    m_form->setLayout(4, QFormLayout::FieldRole, identityRow);
    m_form->setWidget(5, QFormLayout::FieldRole, m_siteCombo);
    m_form->setWidget(6, QFormLayout::FieldRole, m_tierCombo);
    m_form->setWidget(7, QFormLayout::FieldRole, m_labelsEdit);
    m_form->setWidget(8, QFormLayout::FieldRole, m_agentEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NodeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NodeDialog::reject);
    connect(m_identityBrowse, &QPushButton::clicked, this, &NodeDialog::chooseIdentityFile);
    for (QLineEdit *edit : { m_nameEdit, m_hostEdit, m_userEdit, m_identityEdit, m_agentEdit })
        connect(edit, &QLineEdit::textChanged, this, &NodeDialog::revalidate);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &NodeDialog::revalidate);
    connect(m_siteCombo, &QComboBox::editTextChanged, this, &NodeDialog::revalidate);
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, &NodeDialog::revalidate);
    connect(m_labelsEdit, &QPlainTextEdit::textChanged, this, &NodeDialog::revalidate);

    retranslateUi();
    revalidate();
}

void NodeDialog::setNode(const Node &node)
{
    m_original = node;
    m_nameEdit->setText(node.name);
    m_hostEdit->setText(node.host);
    m_portSpin->setValue(node.port);
    m_userEdit->setText(node.user);
    m_identityEdit->setText(node.identityFile);
    m_siteCombo->setEditText(node.site);
    m_tierCombo->setCurrentIndex(node.tier == Tier::Cloud ? 1 : 0);
    QStringList labels;
    for (auto it = node.labels.cbegin(); it != node.labels.cend(); ++it)
        labels << it.key() % u'=' % it.value();
    m_labelsEdit->setPlainText(labels.join(u'\n'));
    m_agentEdit->setText(node.agentCommand);
    retranslateUi();
    revalidate();
}

void NodeDialog::setKnownSites(const QStringList &sites)
{
    const QString current = m_siteCombo->currentText();
    m_siteCombo->clear();
    m_siteCombo->addItems(sites);
    m_siteCombo->setEditText(current);
}

void NodeDialog::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    revalidate();
}

Result<QMap<QString, QString>> NodeDialog::parseLabels() const
{
    QMap<QString, QString> labels;
    const QStringList lines = m_labelsEdit->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return Error { Tr::tr("Labels, line %1: “%2” is not key=value. Write one label per "
                                  "line, for example gpu=a100.")
                               .arg(i + 1)
                               .arg(line),
                {} };
        const QString key = line.left(eq).trimmed();
        if (labels.contains(key))
            return Error {
                Tr::tr("Labels, line %1: the key “%2” appears twice.").arg(i + 1).arg(key), {}
            };
        labels.insert(key, line.mid(eq + 1).trimmed());
    }
    return labels;
}

Result<Node> NodeDialog::node() const
{
    Node n = m_original.value_or(Node {});
    n.name = m_nameEdit->text().trimmed();
    n.host = m_hostEdit->text().trimmed();
    n.port = m_portSpin->value();
    n.user = m_userEdit->text().trimmed();
    n.identityFile = m_identityEdit->text().trimmed();
    n.site = m_siteCombo->currentText().trimmed();
    n.tier = Tier(m_tierCombo->currentData().toInt());
    n.agentCommand = m_agentEdit->text().trimmed();
    Result<QMap<QString, QString>> labels = parseLabels();
    if (!labels)
        return labels.error();
    n.labels = *labels;

    const bool renamed = !m_original || m_original->name != n.name;
    if (renamed && m_takenNames.contains(n.name))
        return Error { Tr::tr("A node named “%1” is already in the inventory. Choose another "
                              "name, or edit that node.")
                           .arg(n.name),
            {} };
    if (Result<void> valid = inventory::validateNode(n); !valid)
        return valid.error();
    return n;
}

QString NodeDialog::problem() const
{
    const Result<Node> n = node();
    return n ? QString() : n.error().toString();
}

void NodeDialog::revalidate()
{
    m_saveError.clear();
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !m_saving);
}

void NodeDialog::accept()
{
    const Result<Node> n = node();
    if (!n || m_saving)
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_problemLabel->setText(Tr::tr("Saving…"));
    m_problemLabel->setVisible(true);
    Q_EMIT nodeSubmitted(*n);
}

void NodeDialog::saveFinished(const Result<void> &result)
{
    m_saving = false;
    if (result) {
        QDialog::accept();
        return;
    }
    revalidate();
    m_saveError = result.error().toString();
    m_problemLabel->setText(Tr::tr("The inventory refused the node: %1").arg(m_saveError));
    m_problemLabel->setVisible(true);
}

void NodeDialog::chooseIdentityFile()
{
    FileDialog::chooseOpenFile(this, Tr::tr("Choose an SSH private key"),
        QDir::homePath() + u"/.ssh"_s, Tr::tr("All files (*)"), this, [this](const QString &path) {
            if (!path.isEmpty())
                m_identityEdit->setText(path);
        });
}

void NodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NodeDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? Tr::tr("Edit node %1").arg(m_original->name) : Tr::tr("Add node"));
    const QString captions[] = { Tr::tr("&Name:"), Tr::tr("&Host:"), Tr::tr("&Port:"),
        Tr::tr("&User:"), Tr::tr("&Identity file:"), Tr::tr("&Site:"), Tr::tr("&Tier:"),
        Tr::tr("&Labels:"), Tr::tr("&Agent command:") };
    QWidget *buddies[] = { m_nameEdit, m_hostEdit, m_portSpin, m_userEdit, m_identityEdit,
        m_siteCombo, m_tierCombo, m_labelsEdit, m_agentEdit };
    for (int row = 0; row < 9; ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        label->setText(captions[row]);
        label->setBuddy(buddies[row]);
    }
    m_nameEdit->setPlaceholderText(Tr::tr("e.g. edge-berlin-01"));
    m_hostEdit->setPlaceholderText(Tr::tr("DNS name or IP address"));
    m_userEdit->setPlaceholderText(Tr::tr("from ~/.ssh/config, else your user name"));
    m_identityEdit->setPlaceholderText(Tr::tr("path to a private key (never the key itself)"));
    m_identityBrowse->setText(Tr::tr("Browse…"));
    m_tierCombo->setItemText(0, Tr::tr("Edge"));
    m_tierCombo->setItemText(1, Tr::tr("Cloud"));
    m_labelsEdit->setPlaceholderText(Tr::tr("one key=value per line, e.g. gpu=a100"));
    m_agentEdit->setPlaceholderText(Tr::tr("default: fleetdeck-agent rpc"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isEditing() ? Tr::tr("Save") : Tr::tr("Add"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(Tr::tr("Cancel"));
    revalidate();
}

} // namespace fleetdeck::ui
