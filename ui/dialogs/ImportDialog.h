#pragma once

#include "core/inventory/Node.h"
#include "ui/models/ImportPreview.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace fleetdeck::ui {

class AsyncInventory;

// Imports nodes from an ssh_config, an Ansible inventory or a CSV file. The file is parsed on a
// worker as soon as it is chosen (the format guessed, and changeable); the preview lists what
// would be added, updated, left unchanged or skipped, and why. Only Import writes, in one
// transaction. A parse error names file:line and the problem, and Import stays disabled.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(
        AsyncInventory &inventory, QList<inventory::Node> current, QWidget *parent = nullptr);

    void setFilePath(const QString &path); // parses it with a guessed format
    QString filePath() const;
    const ImportPreview &preview() const { return m_preview; }
    bool isBusy() const { return m_parsing || m_applying; }

public Q_SLOTS:
    void chooseFile();

Q_SIGNALS:
    void previewReady();
    void imported(const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startParse(std::optional<fleet::ImportFormat> format);
    void showPreview(ImportPreview preview);
    void apply();
    void updateButtons();
    QString summaryText() const;

    AsyncInventory &m_inventory;
    QList<inventory::Node> m_current;
    ImportPreview m_preview;
    QFutureWatcher<ImportPreview> *m_watcher;
    int m_generation = 0;
    bool m_parsing = false;
    bool m_applying = false;

    QLabel *m_fileLabel;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QLabel *m_formatLabel;
    QComboBox *m_formatCombo;
    QLabel *m_summaryLabel;
    QLabel *m_errorLabel;
    QStandardItemModel *m_previewModel;
    QTreeView *m_previewView;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace fleetdeck::ui
