"""The counter's sales: lines priced to the cent (lines), payment methods (payments),
recording a sale in one transaction (recording), returns and voids (corrections),
setting lines aside from the analysis (aside), and reading a sale back (reading)."""
