"""The shop's catalogue of products and services (products), sold at the counter
(domain.sales) and matched to imported purchase lines (sheets.importer)."""
