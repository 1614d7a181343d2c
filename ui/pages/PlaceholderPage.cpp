#include "ui/pages/PlaceholderPage.h"

#include "ui/Tr.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

PlaceholderPage::PlaceholderPage(const char *title, const char *description, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_description(description)
    , m_titleLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_comingLabel(new QLabel(this))
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setObjectName(u"pageTitle"_s);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setMaximumWidth(720);
    m_comingLabel->setEnabled(false);
    m_comingLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_titleLabel);
    layout->addSpacing(8);
    layout->addWidget(m_descriptionLabel);
    layout->addSpacing(8);
    layout->addWidget(m_comingLabel);
    layout->addStretch(1);
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslateUi()
{
    m_titleLabel->setText(Tr::tr(m_title));
    m_descriptionLabel->setText(Tr::tr(m_description));
    m_comingLabel->setText(
        Tr::tr("This page is not built yet. It shows nothing until the feature exists."));
}

} // namespace fleetdeck::ui
