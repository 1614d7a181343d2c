#include "ui/dialogs/ImportDialog.h"

#include "ui/AppSettings.h"
#include "ui/AsyncInventory.h"
#include "ui/Tr.h"
#include "ui/widgets/FileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using fleet::ImportFormat;

ImportDialog::ImportDialog(
    AsyncInventory &inventory, QList<inventory::Node> current, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_current(std::move(current))
    , m_watcher(new QFutureWatcher<ImportPreview>(this))
    , m_fileLabel(new QLabel(this))
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_formatLabel(new QLabel(this))
    , m_formatCombo(new QComboBox(this))
    , m_summaryLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_previewModel(new QStandardItemModel(this))
    , m_previewView(new QTreeView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_importButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_fileEdit->setObjectName(u"fileEdit"_s);
    m_fileEdit->setReadOnly(true);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_formatCombo->setObjectName(u"formatCombo"_s);
    for (ImportFormat format :
        { ImportFormat::SshConfig, ImportFormat::Ansible, ImportFormat::Csv })
        m_formatCombo->addItem(QString(), int(format));
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setVisible(false);
    m_previewView->setObjectName(u"previewView"_s);
    m_previewView->setModel(m_previewModel);
    m_previewView->setRootIsDecorated(false);
    m_previewView->setUniformRowHeights(true);
    m_previewView->setAlternatingRowColors(true);
    m_importButton->setObjectName(u"importButton"_s);

    auto *grid = new QGridLayout;
    grid->addWidget(m_fileLabel, 0, 0);
    grid->addWidget(m_fileEdit, 0, 1);
    grid->addWidget(m_browseButton, 0, 2);
    grid->addWidget(m_formatLabel, 1, 0);
    grid->addWidget(m_formatCombo, 1, 1, 1, 2, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_buttons);
    resize(760, 460);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_formatCombo, &QComboBox::activated, this,
        [this] { startParse(ImportFormat(m_formatCombo->currentData().toInt())); });
    connect(m_watcher, &QFutureWatcher<ImportPreview>::finished, this, [this] {
        if (m_watcher->property("generation").toInt() == m_generation)
            showPreview(m_watcher->result());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    retranslateUi();
    updateButtons();
}

QString ImportDialog::filePath() const
{
    return m_fileEdit->text();
}

void ImportDialog::chooseFile()
{
    const QString start = filePath().isEmpty() ? AppSettings().lastImportDirectory()
                                               : QFileInfo(filePath()).absolutePath();
    FileDialog::chooseOpenFile(this, Tr::tr("Import nodes"), start,
        Tr::tr("Node sources (config *.conf *.ini *.yml *.yaml *.csv *.txt);;All files (*)"), this,
        [this](const QString &path) {
            if (path.isEmpty())
                return;
            AppSettings().setLastImportDirectory(QFileInfo(path).absolutePath());
            setFilePath(path);
        });
}

void ImportDialog::setFilePath(const QString &path)
{
    m_fileEdit->setText(path);
    startParse(std::nullopt);
}

void ImportDialog::startParse(std::optional<ImportFormat> format)
{
    if (filePath().isEmpty())
        return;
    m_parsing = true;
    ++m_generation;
    m_summaryLabel->setText(Tr::tr("Reading %1…").arg(QFileInfo(filePath()).fileName()));
    m_errorLabel->setVisible(false);
    updateButtons();
    // Parsing reads files (and ssh_config Includes); it never runs on the GUI thread. A result
    // that arrives after the file or format changed again is dropped by its generation.
    m_watcher->setProperty("generation", m_generation);
    m_watcher->setFuture(QtConcurrent::run(&ImportPreview::build, filePath(), format, m_current));
}

void ImportDialog::showPreview(ImportPreview preview)
{
    m_parsing = false;
    m_preview = std::move(preview);
    {
        const QSignalBlocker blocker(m_formatCombo);
        m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(m_preview.format)));
    }
    m_preview.fillModel(*m_previewModel);
    m_previewView->header()->resizeSections(QHeaderView::ResizeToContents);
    if (m_preview.error) {
        m_errorLabel->setText(Tr::tr("Cannot import: %1\nNothing was written. Fix the file, or "
                                     "choose another format.")
                                  .arg(m_preview.error->toString()));
    }
    m_errorLabel->setVisible(m_preview.error.has_value());
    m_summaryLabel->setText(summaryText());
    updateButtons();
    Q_EMIT previewReady();
}

QString ImportDialog::summaryText() const
{
    if (m_preview.error || m_preview.path.isEmpty())
        return {};
    return Tr::tr("%1 to add, %2 to update, %3 unchanged, %4 skipped.")
        .arg(m_preview.added)
        .arg(m_preview.updated)
        .arg(m_preview.unchanged)
        .arg(m_preview.skipped);
}

void ImportDialog::apply()
{
    if (!m_preview.hasChanges() || isBusy())
        return;
    m_applying = true;
    updateButtons();
    m_summaryLabel->setText(Tr::tr("Importing…"));
    m_inventory.applyImport(
        m_preview.parsed, m_preview.path, this, [this](Result<fleet::ImportReport> report) {
            m_applying = false;
            if (!report) {
                m_errorLabel->setText(Tr::tr("The import failed and nothing was written: %1")
                                          .arg(report.error().toString()));
                m_errorLabel->setVisible(true);
                m_summaryLabel->setText(summaryText());
                updateButtons();
                return;
            }
            Q_EMIT imported(
                Tr::tr("Imported from %1: %2 added, %3 updated, %4 unchanged, %5 skipped")
                    .arg(QFileInfo(m_preview.path).fileName())
                    .arg(report->added.size())
                    .arg(report->updated.size())
                    .arg(report->unchanged.size())
                    .arg(report->skipped.size()));
            accept();
        });
}

void ImportDialog::updateButtons()
{
    m_importButton->setEnabled(!isBusy() && m_preview.hasChanges());
    m_browseButton->setEnabled(!m_applying);
    m_formatCombo->setEnabled(!m_applying && !filePath().isEmpty());
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(Tr::tr("Import nodes"));
    m_fileLabel->setText(Tr::tr("File:"));
    m_fileEdit->setPlaceholderText(Tr::tr("Choose a file to import"));
    m_browseButton->setText(Tr::tr("Browse…"));
    m_formatLabel->setText(Tr::tr("Format:"));
    m_formatCombo->setItemText(0, Tr::tr("SSH config (~/.ssh/config)"));
    m_formatCombo->setItemText(1, Tr::tr("Ansible inventory (INI or YAML)"));
    m_formatCombo->setItemText(2, Tr::tr("CSV"));
    m_importButton->setText(Tr::tr("Import"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(Tr::tr("Cancel"));
    if (!m_parsing && !m_applying)
        m_summaryLabel->setText(summaryText());
    if (!m_preview.path.isEmpty())
        m_preview.fillModel(*m_previewModel);
}

} // namespace fleetdeck::ui
