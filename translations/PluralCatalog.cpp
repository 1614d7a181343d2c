// The English plural catalogue is data only (resources); a static library needs one object file.
namespace fleetdeck::translations {
int pluralCatalogAnchor = 0;
}
